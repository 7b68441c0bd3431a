package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Finding;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withBlank;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.without;
import static nianbao.check.ReportFixtures.withoutRow;
import static org.assertj.core.api.Assertions.assertThat;

class TotalRowsRuleTest {
    private final SumRule rule = new SumRule(Identities.TOTAL_ROWS);

    @Test
    void totalEqualToTheLeafRowsHasNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void leafRowTooLowIsFoundInItsColumn() {
        Report report = withNumber(valid2021(), "requests", "unable.not_held", "natural_person", 0);

        List<Finding> findings = run(rule, report);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Identities.TOTAL_ROWS);
            assertThat(f.table()).isEqualTo("requests");
            assertThat(f.row()).isNull();
            assertThat(f.column()).isEqualTo("natural_person");
            assertThat(f.message()).startsWith("自然人：（七）总计 = 7；").contains("= 6；相差 1");
            assertThat(f.cells()).hasSize(22);
        });
    }

    @Test
    void blankLeafCountsAsZero() {
        Report report = withBlank(valid2021(), "requests", "granted", "commercial");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("commercial");
            assertThat(f.message()).contains("空+").endsWith("（空=0）");
        });
    }

    @Test
    void oldSingleOtherRowIsSummedAsPrinted() {
        Report report = without(valid2021(), r -> r.row().startsWith("other."));
        report = withNumber(report, "requests", "other", "natural_person", 1);
        report = withNumber(report, "requests", "granted", "natural_person", 4);

        assertThat(run(rule, report)).isEmpty();
        assertThat(run(rule, withNumber(report, "requests", "other", "natural_person", 2)))
                .extracting(Finding::column).containsExactly("natural_person");
    }

    @Test
    void absentTotalRowSkipsTheRule() {
        Report report = withoutRow(valid2021(), "requests", "total");
        report = withNumber(report, "requests", "granted", "natural_person", 50);

        assertThat(run(rule, report)).isEmpty();
    }
}
