package nianbao.check;

import nianbao.format.SectionSpec;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Severity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** structure.heading (info): a section heading that is misnumbered or reworded (each distinct heading once). */
public final class HeadingRule implements Rule {
    public static final String ID = "structure.heading";

    @Override
    public void check(Report report, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (Section section : report.sections()) {
            String heading = section.heading() == null ? "" : section.heading().strip();
            if (section.canonical() || !seen.add(section.number() + "|" + heading)) {
                continue;
            }
            String canonical = Specs.format(report).sectionHeading(section.number()).orElse(null);
            String message = (canonical == null ? "章节标题" : "第" + SectionSpec.NUMERALS[section.number()] + "部分标题")
                    + "为“" + heading + "”"
                    + (canonical == null ? "，不是规范标题" : "，规范标题为“" + canonical + "”");
            out.add(new Finding(ID, Severity.INFO, null, null, null, message, List.of()));
        }
    }

}
