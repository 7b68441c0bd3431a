package nianbao.format;

import nianbao.model.CellRef;
import nianbao.model.FormatVersion;

import java.util.ArrayList;
import java.util.List;

/** The 2021 national format and the 2019 trial format, written out as data (see format.md). */
public final class Formats {
    public static final String ACTIVE = "active";
    public static final String REQUESTS = "requests";
    public static final String REVIEW_LITIGATION = "review_litigation";
    public static final String TOTAL = "total";

    /** Row keys of table 三 that the form's balance and the carried-forward note read. */
    public static final String NEW_RECEIVED = "new_received";
    public static final String CARRIED_OVER = "carried_over";
    public static final String CARRIED_FORWARD = "carried_forward";
    /** Row keys of table 四. */
    public static final String REVIEW = "review";
    public static final String LITIGATION_DIRECT = "litigation_direct";
    public static final String LITIGATION_AFTER_REVIEW = "litigation_after_review";

    public static final List<String> APPLICANT_COLUMNS =
            List.of("natural_person", "commercial", "research", "social_org", "legal_service", "other_org");
    public static final List<String> REVIEW_PARTS = List.of("upheld", "corrected", "other", "pending");

    private static final List<SectionSpec> SECTIONS = List.of(
            new SectionSpec(1, "总体情况", List.of()),
            new SectionSpec(2, "主动公开政府信息情况", List.of()),
            new SectionSpec(3, "收到和处理政府信息公开申请情况", List.of()),
            new SectionSpec(4, "政府信息公开行政复议、行政诉讼情况",
                    List.of("因政府信息公开工作被申请行政复议和提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况",
                            "因政府信息公开被申请行政复议、提起行政诉讼情况")),
            new SectionSpec(5, "存在的主要问题及改进情况",
                    List.of("存在的主要问题及整改情况", "存在的主要问题及下一步工作", "政府信息公开工作存在的主要问题及改进情况",
                            "存在的主要问题及整改措施", "存在的主要问题及改进措施", "政府信息公开工作存在的主要问题及整改情况")),
            new SectionSpec(6, "其他需要报告的事项", List.of()));

    private static final FormatSpec V2021 = new FormatSpec(FormatVersion.V2021, SECTIONS,
            List.of(active2021(), requests(false), reviewLitigation()), List.of());

    private static final FormatSpec V2019 = new FormatSpec(FormatVersion.V2019, SECTIONS,
            List.of(active2019(), requests(true), reviewLitigation()),
            List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减",
                    "其他对外管理服务事项", "第二十条第（九）项", "政府集中采购"));

    private Formats() {
    }

    public static FormatSpec v2021() {
        return V2021;
    }

    public static FormatSpec v2019() {
        return V2019;
    }

    /** A cell of table 三 (requests). */
    public static CellRef requestCell(String row, String column) {
        return new CellRef(REQUESTS, row, column);
    }

    /** A cell of table 四 (review and litigation). */
    public static CellRef reviewCell(String row, String column) {
        return new CellRef(REVIEW_LITIGATION, row, column);
    }

    public static FormatSpec of(FormatVersion version) {
        return version == FormatVersion.V2019 ? V2019 : V2021;
    }

    private static ColumnSpec col(String key, String label, ValueKind kind) {
        return new ColumnSpec(key, label, kind);
    }

    private static RowSpec row(String key, String label, String group, List<ColumnSpec> columns, String... aliases) {
        return new RowSpec(key, label, List.of(aliases), group, columns, false);
    }

    private static TableSpec active2021() {
        List<ColumnSpec> documents = List.of(col("issued", "本年制发件数", ValueKind.COUNT),
                col("repealed", "本年废止件数", ValueKind.COUNT), col("in_force", "现行有效件数", ValueKind.COUNT));
        List<ColumnSpec> decisions = List.of(col("decisions", "本年处理决定数量", ValueKind.COUNT));
        return new TableSpec(ACTIVE, 2, List.of(
                row("rules", "规章", "第二十条第（一）项", documents),
                row("normative_documents", "行政规范性文件", "第二十条第（一）项", documents, "规范性文件"),
                row("licensing", "行政许可", "第二十条第（五）项", decisions),
                row("penalty", "行政处罚", "第二十条第（六）项", decisions),
                row("coercion", "行政强制", "第二十条第（六）项", decisions),
                row("fees", "行政事业性收费", "第二十条第（八）项",
                        List.of(col("amount", "本年收费金额（单位：万元）", ValueKind.DECIMAL)))), false);
    }

    private static TableSpec active2019() {
        List<ColumnSpec> documents = List.of(col("made", "本年新制作数量", ValueKind.COUNT),
                col("published", "本年新公开数量", ValueKind.COUNT), col("total_public", "对外公开总数量", ValueKind.COUNT));
        List<ColumnSpec> items = List.of(col("prev_items", "上一年项目数量", ValueKind.COUNT),
                col("change", "本年增/减", ValueKind.SIGNED), col("decisions", "处理决定数量", ValueKind.COUNT));
        return new TableSpec(ACTIVE, 2, List.of(
                row("rules", "规章", "第二十条第（一）项", documents),
                row("normative_documents", "规范性文件", "第二十条第（一）项", documents, "行政规范性文件"),
                row("licensing", "行政许可", "第二十条第（五）项", items),
                row("other_services", "其他对外管理服务事项", "第二十条第（五）项", items),
                row("penalty", "行政处罚", "第二十条第（六）项", items),
                row("coercion", "行政强制", "第二十条第（六）项", items),
                row("fees", "行政事业性收费", "第二十条第（八）项", List.of(
                        col("prev_items", "上一年项目数量", ValueKind.COUNT), col("change", "本年增/减", ValueKind.SIGNED))),
                row("procurement", "政府集中采购", "第二十条第（九）项", List.of(
                        col("items", "采购项目数量", ValueKind.COUNT), col("amount", "采购总金额", ValueKind.FREE_TEXT)))),
                false);
    }

    private static TableSpec requests(boolean trialFormat) {
        List<ColumnSpec> columns = new ArrayList<>();
        String[] labels = {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
        for (int i = 0; i < APPLICANT_COLUMNS.size(); i++) {
            columns.add(col(APPLICANT_COLUMNS.get(i), labels[i], ValueKind.COUNT));
        }
        columns.add(col(TOTAL, "总计", ValueKind.COUNT));
        List<RowSpec> rows = new ArrayList<>();
        rows.add(plain(NEW_RECEIVED, "一、本年新收政府信息公开申请数量", null, columns));
        rows.add(plain(CARRIED_OVER, "二、上年结转政府信息公开申请数量", null, columns));
        String result = "三、本年度办理结果";
        rows.add(leaf("granted", "（一）予以公开", result, columns));
        rows.add(leaf("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", result, columns));
        String denied = "（三）不予公开";
        String[] deniedRows = {"state_secret", "1.属于国家秘密", "law_prohibited", "2.其他法律行政法规禁止公开",
                "three_safety", "3.危及“三安全一稳定”", "third_party", "4.保护第三方合法权益",
                "internal_affairs", "5.属于三类内部事务信息", "process_info", "6.属于四类过程性信息",
                "enforcement_file", "7.属于行政执法案卷", "inquiry", "8.属于行政查询事项"};
        addLeaves(rows, "denied.", deniedRows, denied, columns);
        addLeaves(rows, "unable.", new String[]{"not_held", "1.本机关不掌握相关政府信息",
                "needs_creation", "2.没有现成信息需要另行制作", "unclear", "3.补正后申请内容仍不明确"},
                "（四）无法提供", columns);
        addLeaves(rows, "not_processed.", new String[]{"petition", "1.信访举报投诉类申请", "duplicate", "2.重复申请",
                "publication", "3.要求提供公开出版物", "excessive", "4.无正当理由大量反复申请",
                "confirm", "5.要求行政机关确认或重新出具已获取信息"}, "（五）不予处理", columns);
        if (trialFormat) {
            rows.add(leaf("other", "（六）其他处理", result, columns));
        } else {
            addLeaves(rows, "other.", new String[]{
                    "overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                    "overdue_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "other", "3.其他"}, "（六）其他处理", columns);
        }
        rows.add(plain(TOTAL, "（七）总计", result, columns));
        rows.add(plain(CARRIED_FORWARD, "四、结转下年度继续办理", null, columns));
        return new TableSpec(REQUESTS, 3, rows, false);
    }

    private static void addLeaves(List<RowSpec> rows, String prefix, String[] keyLabels, String group,
                                  List<ColumnSpec> columns) {
        for (int i = 0; i < keyLabels.length; i += 2) {
            rows.add(leaf(prefix + keyLabels[i], keyLabels[i + 1], group, columns));
        }
    }

    private static RowSpec plain(String key, String label, String group, List<ColumnSpec> columns) {
        return new RowSpec(key, label, List.of(), group, columns, false);
    }

    private static RowSpec leaf(String key, String label, String group, List<ColumnSpec> columns) {
        return new RowSpec(key, label, List.of(), group, columns, true);
    }

    private static TableSpec reviewLitigation() {
        List<ColumnSpec> columns = List.of(col("upheld", "结果维持", ValueKind.COUNT),
                col("corrected", "结果纠正", ValueKind.COUNT), col("other", "其他结果", ValueKind.COUNT),
                col("pending", "尚未审结", ValueKind.COUNT), col(TOTAL, "总计", ValueKind.COUNT));
        return new TableSpec(REVIEW_LITIGATION, 4, List.of(
                plain(REVIEW, "行政复议", null, columns),
                plain(LITIGATION_DIRECT, "未经复议直接起诉", "行政诉讼", columns),
                plain(LITIGATION_AFTER_REVIEW, "复议后起诉", "行政诉讼", columns)), true);
    }
}
