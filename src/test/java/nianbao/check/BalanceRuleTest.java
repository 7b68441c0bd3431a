package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withBlank;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceRuleTest {
    private final SumRule rule = new SumRule(Identities.BALANCE);

    @Test
    void balancedTableHasNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void carriedOverTooHighBreaksTheBalanceOfItsColumns() {
        Report report = withNumber(valid2021(), "requests", "carried_over", "natural_person", 2);
        report = withNumber(report, "requests", "carried_over", "total", 2);

        List<Finding> findings = run(rule, report);

        assertThat(findings).extracting(Finding::rule, Finding::severity, Finding::table, Finding::row,
                Finding::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Identities.BALANCE, Severity.ERROR, "requests", null, "natural_person"),
                org.assertj.core.groups.Tuple.tuple(Identities.BALANCE, Severity.ERROR, "requests", null, "total"));
        assertThat(findings.get(1).message()).isEqualTo("总计：一+二 = 10+2 = 12；（七）总计+四 = 9+2 = 11；相差 1");
        assertThat(findings.get(0).message()).startsWith("自然人：");
        assertThat(findings.get(1).cells()).extracting(Object::toString).containsExactly(
                "requests.new_received.total", "requests.carried_over.total", "requests.total.total",
                "requests.carried_forward.total");
    }

    @Test
    void blankCountsAsZeroAndTheMessageSaysSo() {
        Report report = withBlank(valid2021(), "requests", "carried_over", "natural_person");

        List<Finding> findings = run(rule, report);

        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("自然人：一+二 = 8+空 = 8；（七）总计+四 = 7+2 = 9；相差 1（空=0）");
    }

    @Test
    void textCellMakesTheEquationImpossible() {
        Report report = withText(valid2021(), "requests", "carried_over", "natural_person", "无");

        assertThat(run(rule, report)).isEmpty();
    }
}
