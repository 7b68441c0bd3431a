package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;

class TotalColumnsRuleTest {
    private final SumRule rule = new SumRule(Identities.TOTAL_COLUMNS);

    @Test
    void rowsWhoseTotalIsTheSumOfTheApplicantsHaveNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void applicantCellTooLowIsFoundOnItsRow() {
        Report report = withNumber(valid2021(), "requests", "unable.not_held", "natural_person", 0);

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Identities.TOTAL_COLUMNS);
            assertThat(f.row()).isEqualTo("unable.not_held");
            assertThat(f.column()).isEqualTo("total");
            assertThat(f.message()).isEqualTo(
                    "（四）无法提供 1.本机关不掌握相关政府信息：总计 = 2；六类申请人之和 = 0+1+0+0+0+0 = 1；相差 1");
            assertThat(f.cells()).hasSize(7);
        });
    }

    @Test
    void textInTheRowSkipsIt() {
        Report report = withText(valid2021(), "requests", "granted", "research", "O");

        assertThat(run(rule, report)).isEmpty();
        assertThat(run(rule, withNumber(report, "requests", "granted", "total", 7))).isEmpty();
    }
}
