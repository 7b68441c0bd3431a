package nianbao.check;

import nianbao.format.Identities;
import nianbao.model.Finding;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withBlank;
import static nianbao.check.ReportFixtures.withNumber;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewLitigationTotalRuleTest {
    private final SumRule rule = new SumRule(Identities.REVIEW_TOTAL);

    @Test
    void totalsThatAddUpHaveNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void totalNotEqualToItsPartsIsFoundOnItsRow() {
        Report report = withNumber(valid2021(), "review_litigation", "litigation_direct", "total", 3);

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Identities.REVIEW_TOTAL);
            assertThat(f.table()).isEqualTo("review_litigation");
            assertThat(f.row()).isEqualTo("litigation_direct");
            assertThat(f.column()).isEqualTo("total");
            assertThat(f.message()).isEqualTo(
                    "行政诉讼 未经复议直接起诉：总计 = 3；结果维持+结果纠正+其他结果+尚未审结 = 0+1+0+0 = 1；相差 2");
        });
    }

    @Test
    void blankPartsCountAsZero() {
        Report report = withBlank(valid2021(), "review_litigation", "review", "upheld");

        assertThat(run(rule, report)).extracting(Finding::message).singleElement().asString()
                .contains("空+0+0+1 = 1").endsWith("（空=0）");
    }
}
