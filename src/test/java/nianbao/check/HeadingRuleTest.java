package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.section;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withSections;
import static org.assertj.core.api.Assertions.assertThat;

class HeadingRuleTest {
    private final HeadingRule rule = new HeadingRule();

    @Test
    void canonicalHeadingsNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void rewordedHeadingIsAnInfoNamingBothHeadings() {
        Report valid = valid2021();
        List<Section> sections = new ArrayList<>(valid.sections().subList(0, 4));
        sections.add(section(5, "5、 存在的主要问题及下一步工作", false));
        sections.add(section(5, "5、 存在的主要问题及下一步工作", false));
        sections.add(valid.sections().get(5));

        assertThat(run(rule, withSections(valid, sections))).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(HeadingRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.table()).isNull();
            assertThat(f.message()).isEqualTo(
                    "第五部分标题为“5、 存在的主要问题及下一步工作”，规范标题为“五、存在的主要问题及改进情况”");
        });
    }
}
