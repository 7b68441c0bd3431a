package nianbao.check;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withFormat;
import static nianbao.check.ReportFixtures.withText;
import static org.assertj.core.api.Assertions.assertThat;

class NotNumberRuleTest {
    private final NotNumberRule rule = new NotNumberRule();

    @Test
    void numbersOnlyNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void textInACountCellIsFoundAndShown() {
        Report report = withText(valid2021(), "active", "coercion", "decisions", "无");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(NotNumberRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.row()).isEqualTo("coercion");
            assertThat(f.column()).isEqualTo("decisions");
            assertThat(f.message()).isEqualTo("行政强制 本年处理决定数量 填写为“无”，不是数字");
        });
    }

    @Test
    void freeTextColumnMayHoldText() {
        Report report = withFormat(valid2021(), 2020, FormatVersion.V2019, List.of());
        report = withText(report, "active", "procurement", "amount", "12.5万元");

        assertThat(run(rule, report)).isEmpty();
        assertThat(run(rule, withText(report, "active", "procurement", "items", "1O"))).hasSize(1);
    }
}
