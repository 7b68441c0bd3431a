package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withFormat;
import static nianbao.check.ReportFixtures.withNumber;
import static org.assertj.core.api.Assertions.assertThat;

class NegativeValueRuleTest {
    private final NegativeValueRule rule = new NegativeValueRule();

    @Test
    void noNegativeNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void negativeCountIsFoundOnItsCell() {
        Report report = withNumber(valid2021(), "active", "rules", "repealed", -1);

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(NegativeValueRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.table()).isEqualTo("active");
            assertThat(f.row()).isEqualTo("rules");
            assertThat(f.column()).isEqualTo("repealed");
            assertThat(f.message()).isEqualTo("规章 本年废止件数 为 -1，不能为负数");
            assertThat(f.cells()).extracting(Object::toString).containsExactly("active.rules.repealed");
        });
    }

    @Test
    void signedChangeOfTheTrialFormatMayBeNegative() {
        Report report = withFormat(valid2021(), 2020, FormatVersion.V2019, List.of());
        report = withNumber(report, "active", "licensing", "change", -6);

        assertThat(run(rule, report)).isEmpty();
        assertThat(run(rule, withNumber(report, "active", "licensing", "prev_items", -6)))
                .extracting(Finding::column).containsExactly("prev_items");
    }

    @Test
    void columnUnknownToTheFormatCountsAsACount() {
        Report report = withNumber(valid2021(), "active", "licensing", "change", -2);

        assertThat(run(rule, report)).extracting(Finding::column).containsExactly("change");
    }

    @Test
    void negativeInTableThreeUsesTheRowLabel() {
        Report report = withNumber(valid2021(), "requests", "unable.needs_creation", "natural_person", -1);

        assertThat(run(rule, report)).extracting(Finding::message)
                .containsExactly("（四）无法提供 2.没有现成信息需要另行制作 自然人 为 -1，不能为负数");
    }
}
