package nianbao.check;

import nianbao.format.SectionSpec;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.TextBlock;

import java.util.List;
import java.util.regex.Pattern;

/**
 * content.empty_section: section 五 (the problems and how they are being remedied) or 六 (other matters to report) is
 * present but says nothing, or only 无. (A section that is absent is structure.missing_section.)
 */
public final class EmptySectionRule implements Rule {
    public static final String ID = "content.empty_section";
    private static final int[] SECTIONS = {5, 6};
    /** 无, 暂无, 没有, 本年度无, 无其他需要报告的事项 …, with punctuation and whitespace gone. */
    private static final Pattern NOTHING = Pattern.compile(
            "(本(机关|单位|部门))?(本?年度?)?暂?(无|没有)(其他)?(需要|需)?(报告|说明)?的?(其他)?(事项|问题|情况)?");

    @Override
    public void check(Report report, List<Finding> out) {
        for (int number : SECTIONS) {
            SectionText.of(report, number).ifPresent(lines -> check(report, number, lines, out));
        }
    }

    private static void check(Report report, int number, List<TextBlock> lines, List<Finding> out) {
        String content = SectionText.content(lines, report.organ());
        String bare = content.replaceAll("[\\s\\p{P}\\p{S}]", "");
        String title = "第" + SectionSpec.NUMERALS[number] + "部分“" + Specs.format(report).sections().stream()
                .filter(s -> s.number() == number).findFirst().map(SectionSpec::canonicalHeading).orElse("") + "”";
        if (bare.isEmpty()) {
            out.add(new Finding(ID, Severity.WARNING, null, null, null, title + "没有内容", List.of()));
        } else if (NOTHING.matcher(bare).matches()) {
            out.add(new Finding(ID, Severity.WARNING, null, null, null,
                    title + "只写了“" + content.replaceAll("\\s+", "") + "”，没有实际内容", List.of()));
        }
    }
}
