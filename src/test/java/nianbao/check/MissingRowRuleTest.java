package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.without;
import static nianbao.check.ReportFixtures.withoutRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MissingRowRuleTest {
    private final MissingRowRule rule = new MissingRowRule();

    @Test
    void completeTablesNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void absentRowIsFoundWithItsKeyAndLabel() {
        Report report = withoutRow(valid2021(), "requests", "not_processed.publication");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(MissingRowRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.table()).isEqualTo("requests");
            assertThat(f.row()).isEqualTo("not_processed.publication");
            assertThat(f.column()).isNull();
            assertThat(f.message()).isEqualTo("表三缺少行“（五）不予处理 3.要求提供公开出版物”");
        });
    }

    @Test
    void absentTableIsOneFindingWithoutRow() {
        Report report = without(valid2021(), r -> r.table().equals("review_litigation"));

        assertThat(run(rule, report)).extracting(Finding::table, Finding::row)
                .containsExactly(tuple("review_litigation", null));
    }

    @Test
    void tableOfAMissingSectionIsLeftToTheSectionRule() {
        Report valid = without(valid2021(), r -> r.table().equals("review_litigation"));
        Report report = ReportFixtures.withSections(valid, valid.sections().stream().filter(s -> s.number() != 4).toList());

        assertThat(run(rule, report)).isEmpty();
        assertThat(new Checker().check(report)).filteredOn(f -> f.rule().startsWith("structure."))
                .extracting(Finding::rule, Finding::table)
                .containsExactly(tuple(MissingSectionRule.ID, "review_litigation"));
    }

    @Test
    void oldSingleOtherRowInA2021ReportLeavesTheNewRowsMissing() {
        Report report = without(valid2021(), r -> r.row().startsWith("other."));
        report = withNumber(report, "requests", "other", "total", 0);

        assertThat(run(rule, report)).extracting(Finding::row)
                .containsExactly("other.overdue_correction", "other.overdue_fee", "other.other");
    }
}
