package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;

class UncertainValueRuleTest {
    private final UncertainValueRule rule = new UncertainValueRule();

    @Test
    void certainValuesNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void uncertainCellIsAWarningWithTheReason() {
        Report valid = valid2021();
        Report report = withCell(valid, valid.tables().cell("requests", "denied.inquiry", "commercial")
                .withUncertainty("该行只有6个数字，无法确定空格位置"));

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(UncertainValueRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.row()).isEqualTo("denied.inquiry");
            assertThat(f.column()).isEqualTo("commercial");
            assertThat(f.message()).contains("该行只有6个数字，无法确定空格位置").contains("8.属于行政查询事项 商业企业");
        });
    }
}
