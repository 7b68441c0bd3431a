package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;

class InferredValueRuleTest {
    private final InferredValueRule rule = new InferredValueRule();

    @Test
    void valuesTheLayoutPlacedNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void oneNotePerRowSayingHowTheRowWasPlaced() {
        Report valid = valid2021();
        Report report = withCell(valid, valid.tables().cell("requests", "granted", "commercial")
                .withInference("此行的标签未能读出，按表格的行序放置，表格自身的勾稽关系证实了这一点"));
        report = withCell(report, report.tables().cell("requests", "granted", "total")
                .withInference("此行的标签未能读出，按表格的行序放置，表格自身的勾稽关系证实了这一点"));
        report = withCell(report, report.tables().cell("requests", "denied.inquiry", "research")
                .withInference("原文未标出空白单元格，版面允许多种放法，按表格自身的勾稽关系确定了各值所在列"));

        assertThat(run(rule, report)).hasSize(2).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(InferredValueRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(run(rule, report).get(0)).satisfies(f -> {
            assertThat(f.row()).isEqualTo("granted");
            assertThat(f.cells()).hasSize(2);
            assertThat(f.message()).startsWith("（一）予以公开：此行的标签未能读出，按表格的行序放置")
                    .contains("商业企业").contains("总计").doesNotContain("原文未标出空白单元格");
        });
        assertThat(run(rule, report).get(1).message()).contains("原文未标出空白单元格").contains("科研机构");
    }
}
