package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withNumber;
import static org.assertj.core.api.Assertions.assertThat;

class CarriedForwardRuleTest {
    private final CarriedForwardRule rule = new CarriedForwardRule();

    @Test
    void receivedAndHandledDifferingByTheCarriedForwardIsExplained() {
        assertThat(run(rule, valid2021())).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(CarriedForwardRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.table()).isEqualTo("requests");
            assertThat(f.row()).isNull();
            assertThat(f.column()).isEqualTo("total");
            assertThat(f.message()).isEqualTo(
                    "收到申请 11 件（一+二 = 10+1），办理完毕 9 件（（七）总计）；相差 2 件；结转下年度 2 件，与差额相符");
            assertThat(f.cells()).hasSize(4);
        });
    }

    @Test
    void carriedForwardThatDoesNotAccountForTheDifferenceIsSaid() {
        Report report = withNumber(valid2021(), "requests", "carried_forward", "total", 1);

        assertThat(run(rule, report)).extracting(Finding::message).singleElement()
                .asString().endsWith("结转下年度 1 件，与差额不符（差额为 2 件）");
    }

    @Test
    void nothingWhenEverythingReceivedWasHandled() {
        Report report = withNumber(valid2021(), "requests", "new_received", "total", 8);

        assertThat(run(rule, report)).isEmpty();
    }
}
