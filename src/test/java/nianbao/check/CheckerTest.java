package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;

class CheckerTest {
    private final Checker checker = new Checker();

    @Test
    void validReportHasNoErrorOrWarning() {
        List<Finding> findings = checker.check(valid2021());

        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(findings).extracting(Finding::rule).containsExactly(CarriedForwardRule.ID);
    }

    @Test
    void brokenReportGetsFindingsOfSeveralRulesInRuleOrder() {
        Report report = withNumber(valid2021(), "active", "rules", "repealed", -1);
        report = withText(report, "active", "coercion", "decisions", "无");
        report = withNumber(report, "requests", "carried_over", "total", 2);

        List<Finding> findings = checker.check(report);

        assertThat(findings).extracting(Finding::rule).containsExactly(
                NotNumberRule.ID, NegativeValueRule.ID, Identities.BALANCE, Identities.TOTAL_COLUMNS, CarriedForwardRule.ID,
                NarrativeRule.ID);
    }

    @Test
    void orderIsStable() {
        Report report = withNumber(valid2021(), "requests", "granted", "commercial", 5);

        assertThat(checker.check(report)).isEqualTo(checker.check(report));
    }

    @Test
    void everyRuleRuns() {
        assertThat(Checker.rules()).hasSize(19).doesNotHaveDuplicates();
    }
}
