package nianbao.cli;

import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HumanSummaryTest {
    private static final Report REPORT = new Report("a.txt", "txt", "安阳县人民政府", 2021, FormatVersion.V2021,
            Tables.builder().build(), List.of(), List.of(), List.of(), "");

    private static Finding finding(String rule, Severity severity, String row, String column, String message) {
        return new Finding(rule, severity, row == null ? null : "requests", row, column, message, List.of());
    }

    private final List<Finding> findings = List.of(
            finding("requests.carried_forward", Severity.INFO, null, null, "收到58件，办理56件"),
            finding("narrative.mismatch", Severity.WARNING, "new_received", "total", "正文称共受理申请31件，表格为58件"),
            finding("value.negative", Severity.ERROR, "rules", "repealed", "规章 本年废止件数 为 -1，不能为负数"),
            finding("template.outdated", Severity.ERROR, null, null, "旧格式"));

    @Test
    void chineseSummaryListsErrorsThenWarningsButOnlyCountsInfo() {
        List<String> lines = new HumanSummary(Messages.chinese()).lines(ProcessedReport.of("a.txt", REPORT, findings));

        assertThat(lines).containsExactly(
                "== a.txt ==",
                "机关：安阳县人民政府　年度：2021　模板：2021年格式",
                "发现：错误 2 条，警告 1 条，提示 1 条",
                "  [错误] value.negative requests.rules.repealed：规章 本年废止件数 为 -1，不能为负数",
                "  [错误] template.outdated：旧格式",
                "  [警告] narrative.mismatch requests.new_received.total：正文称共受理申请31件，表格为58件");
    }

    @Test
    void englishSummaryAndUnknownYear() {
        Report noYear = new Report("b.txt", "txt", null, null, FormatVersion.UNKNOWN, Tables.builder().build(),
                List.of(), List.of(), List.of(), "");

        List<String> lines = new HumanSummary(Messages.english()).lines(ProcessedReport.of("b.txt", noYear, List.of()));

        assertThat(lines).containsExactly("== b.txt ==",
                "Organ: unknown  Year: unknown  Template: not recognised",
                "Findings: 0 errors, 0 warnings, 0 info");
    }

    @Test
    void englishCountsAgreeWithTheirNumber() {
        List<String> one = new HumanSummary(Messages.english()).lines(ProcessedReport.of("a.txt", REPORT,
                List.of(findings.get(0), findings.get(1), findings.get(2))));
        assertThat(one).contains("Findings: 1 error, 1 warning, 1 info");
        List<String> many = new HumanSummary(Messages.english()).lines(ProcessedReport.of("a.txt", REPORT, findings));
        assertThat(many).contains("Findings: 2 errors, 1 warning, 1 info");
        List<Finding> thousand = java.util.Collections.nCopies(1200, findings.get(1));
        assertThat(new HumanSummary(Messages.english()).lines(ProcessedReport.of("a.txt", REPORT, thousand)))
                .as("no grouping of digits").contains("Findings: 0 errors, 1200 warnings, 0 info");
        assertThat(new HumanSummary(Messages.chinese()).lines(ProcessedReport.of("a.txt", REPORT, thousand)))
                .contains("发现：错误 0 条，警告 1200 条，提示 0 条");
    }

    @Test
    void unreadableFileSaysWhy() {
        List<String> lines = new HumanSummary(Messages.chinese())
                .lines(ProcessedReport.failed("c.pdf", "加密的PDF，无法读取文本 (encrypted PDF)"));

        assertThat(lines).containsExactly("== c.pdf ==", "无法读取：加密的PDF，无法读取文本 (encrypted PDF)");
    }

    @Test
    void exitStatusOfOneFile() {
        assertThat(ProcessedReport.of("a", REPORT, findings).exitStatus()).isEqualTo(1);
        assertThat(ProcessedReport.of("a", REPORT, findings.subList(0, 2)).exitStatus()).isZero();
        assertThat(ProcessedReport.failed("a", "x").exitStatus()).isEqualTo(2);
    }
}
