package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.ref;
import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;

class BlankValueRuleTest {
    private final BlankValueRule rule = new BlankValueRule();

    @Test
    void filledTableNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void blankCellIsAWarningOnThatCell() {
        Report report = withCell(valid2021(), Cell.blank(ref("requests", "granted", "research"), "/", null));

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(BlankValueRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.table()).isEqualTo("requests");
            assertThat(f.row()).isEqualTo("granted");
            assertThat(f.column()).isEqualTo("research");
            assertThat(f.message()).isEqualTo("（一）予以公开 科研机构 未填写（“/”），计算时按 0 计（空=0）");
        });
    }
}
