package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withSections;
import static org.assertj.core.api.Assertions.assertThat;

class MissingSectionRuleTest {
    private final MissingSectionRule rule = new MissingSectionRule();

    @Test
    void allSixSectionsNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void absentSectionIsAnErrorNamingItsTable() {
        Report valid = valid2021();
        Report report = withSections(valid, valid.sections().stream().filter(s -> s.number() != 3).toList());

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(MissingSectionRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.table()).isEqualTo("requests");
            assertThat(f.row()).isNull();
            assertThat(f.column()).isNull();
            assertThat(f.message()).isEqualTo("缺少第三部分“三、收到和处理政府信息公开申请情况”");
        });
    }

    @Test
    void absentSectionWithoutATableNamesNone() {
        Report valid = valid2021();
        Report report = withSections(valid, valid.sections().stream().filter(s -> s.number() != 5).toList());

        assertThat(run(rule, report)).singleElement().satisfies(f -> assertThat(f.table()).isNull());
    }

    @Test
    void repeatedSectionsCountOnce() {
        Report valid = valid2021();
        Report report = withSections(valid, java.util.stream.Stream.concat(valid.sections().stream(),
                valid.sections().stream()).filter(s -> s.number() != 6).toList());

        assertThat(run(rule, report)).hasSize(1);
    }
}
