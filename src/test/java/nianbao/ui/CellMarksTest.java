package nianbao.ui;

import nianbao.model.Cell;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CellMarksTest {

    @Test
    void aValueTheSumsPlacedIsMarkedInferredAndAnUncertainOneIsNot() {
        Report report = FakeReviewSession.sample().current();
        List<Cell> numbers = new java.util.ArrayList<>();
        report.tables().cells().forEach(c -> {
            if (c.isNumber() && numbers.size() < 2) {
                numbers.add(c);
            }
        });
        Cell inferred = numbers.get(0).withInference("版面允许多种放法，按表格自身的勾稽关系确定了所在列");
        Cell doubtful = numbers.get(1).withInference("x").withUncertainty("无法确定空白单元格所在列");
        Report placed = report.withTables(report.tables().with(inferred).with(doubtful));

        CellMarks marks = new CellMarks(placed, List.of(), List.of());

        assertThat(marks.of(inferred.ref())).contains(CellMark.INFERRED).doesNotContain(CellMark.UNCERTAIN);
        assertThat(marks.of(doubtful.ref())).contains(CellMark.UNCERTAIN).doesNotContain(CellMark.INFERRED);
        assertThat(new CellMarks(report, List.of(), List.of()).of(inferred.ref())).doesNotContain(CellMark.INFERRED);
    }
}
