package nianbao.check;

import nianbao.format.Labels;
import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.TextBlock;

import java.util.List;
import java.util.regex.Pattern;

/**
 * content.fee_statement: from the 2021 reports on, section 六 must say whether 信息处理费 was charged under
 * 《政府信息公开信息处理费管理办法》 — an amount, or that none was charged. Raised when section 六 is present and no
 * sentence of it names the fee (信息处理费, 处理费, or simply 收费) with an amount or a denial. (An absent section is
 * structure.missing_section.)
 */
public final class FeeStatementRule implements Rule {
    public static final String ID = "content.fee_statement";
    /** The 办法 took effect on 1 January 2021. */
    private static final int FIRST_YEAR = 2021;
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;!?！？\\n]");
    private static final Pattern FEE = Pattern.compile("信息处理费|处理费|收费|收取.{0,4}费");
    private static final Pattern DATES = Pattern.compile("\\d{4}\\s*年度?|\\d{1,2}\\s*月(\\d{1,2}\\s*日)?|〔\\d{4}〕\\d+号");
    private static final Pattern AMOUNT_OR_DENIAL = Pattern.compile(
            "\\d|[零〇一二三四五六七八九十百千万]+元|未|不|没有|无|免|零");

    @Override
    public void check(Report report, List<Finding> out) {
        boolean due = report.year() != null ? report.year() >= FIRST_YEAR : report.template() == FormatVersion.V2021;
        if (!due) {
            return;
        }
        SectionText.of(report, 6).ifPresent(lines -> {
            if (!states(lines)) {
                out.add(new Finding(ID, Severity.WARNING, null, null, null,
                        "第六部分“其他需要报告的事项”未说明是否收取信息处理费（《政府信息公开信息处理费管理办法》要求写明收费金额或未收费）",
                        List.of()));
            }
        });
    }

    private static boolean states(List<TextBlock> lines) {
        StringBuilder text = new StringBuilder();
        lines.forEach(l -> text.append(l.text() == null ? "" : l.text()).append('\n'));
        for (String sentence : SENTENCE_END.split(Labels.normalize(text))) {
            var fee = FEE.matcher(sentence);
            if (fee.find()) {
                String rest = sentence.substring(0, fee.start()) + sentence.substring(fee.end());
                String undated = DATES.matcher(rest.replace("管理办法", "")).replaceAll("");
                if (AMOUNT_OR_DENIAL.matcher(undated).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
