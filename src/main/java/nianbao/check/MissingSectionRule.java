package nianbao.check;

import nianbao.format.SectionSpec;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Severity;

import java.util.List;

/** structure.missing_section: one of the six national sections (一 to 六) is absent. */
public final class MissingSectionRule implements Rule {
    public static final String ID = "structure.missing_section";

    @Override
    public void check(Report report, List<Finding> out) {
        boolean[] found = new boolean[8];
        for (Section section : report.sections()) {
            if (section.number() >= 1 && section.number() < found.length) {
                found[section.number()] = true;
            }
        }
        for (SectionSpec spec : Specs.format(report).sections()) {
            if (!found[spec.number()]) {
                String message = "缺少第" + SectionSpec.NUMERALS[spec.number()] + "部分“" + spec.canonicalHeading() + "”";
                out.add(new Finding(ID, Severity.ERROR, null, null, null, message, List.of()));
            }
        }
    }
}
