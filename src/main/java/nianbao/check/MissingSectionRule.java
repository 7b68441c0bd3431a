package nianbao.check;

import nianbao.format.SectionSpec;
import nianbao.format.TableSpec;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Severity;

import java.util.List;

/**
 * structure.missing_section: one of the six national sections (一 to 六) is absent; the finding names the table of
 * that section (active, requests, review_litigation; none for 一, 五 and 六).
 */
public final class MissingSectionRule implements Rule {
    public static final String ID = "structure.missing_section";

    @Override
    public void check(Report report, List<Finding> out) {
        for (SectionSpec spec : Specs.format(report).sections()) {
            if (!present(report, spec.number())) {
                String message = "缺少第" + SectionSpec.NUMERALS[spec.number()] + "部分“" + spec.canonicalHeading() + "”";
                TableSpec table = Specs.format(report).tableInSection(spec.number());
                out.add(new Finding(ID, Severity.ERROR, table == null ? null : table.key(), null, null, message,
                        List.of()));
            }
        }
    }

    /** Whether the report has section {@code number} (1 to 6). */
    static boolean present(Report report, int number) {
        for (Section section : report.sections()) {
            if (section.number() == number) {
                return true;
            }
        }
        return false;
    }
}
