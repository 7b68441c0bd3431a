package nianbao.format;

import nianbao.model.CellRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The official grids of both formats cover every grid position once and show every label and cell of the format. */
class FormGridsTest {
    static Stream<TableSpec> tables() {
        return Stream.of(Formats.v2021(), Formats.v2019()).map(FormatSpec::tables).flatMap(List::stream);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyGridPositionIsCoveredExactlyOnce(TableSpec table) {
        FormGrid grid = FormGrids.of(table);
        int[][] covered = new int[grid.rows()][grid.columns()];
        for (GridCell c : grid.cells()) {
            for (int r = c.row(); r <= c.lastRow(); r++) {
                for (int k = c.column(); k <= c.lastColumn(); k++) {
                    covered[r][k]++;
                }
            }
        }
        for (int r = 0; r < grid.rows(); r++) {
            for (int k = 0; k < grid.columns(); k++) {
                assertThat(covered[r][k]).as("%s row %d column %d", table.key(), r, k).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyCellOfTheFormatHasOneValueCell(TableSpec table) {
        Set<CellRef> refs = new HashSet<>();
        FormGrids.of(table).cells().stream().filter(c -> c.role() == GridCell.Role.VALUE)
                .forEach(c -> assertThat(refs.add(c.ref())).as(c.ref().toString()).isTrue());
        Set<CellRef> expected = new HashSet<>();
        for (RowSpec row : table.rows()) {
            row.columnKeys().forEach(k -> expected.add(new CellRef(table.key(), row.key(), k)));
        }
        assertThat(refs).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("tables")
    void printsTheFormatsLabels(TableSpec table) {
        List<String> texts = FormGrids.of(table).cells().stream().map(GridCell::text).toList();
        for (RowSpec row : table.rows()) {
            assertThat(texts).contains(row.label());
            if (row.group() != null) {
                assertThat(texts).contains(row.group());
            }
            row.columns().forEach(c -> assertThat(texts).contains(c.label()));
        }
    }

    @org.junit.jupiter.api.Test
    void requestsNestTheSubGroupsUnderTheResultGroup() {
        FormGrid grid = FormGrids.of(Formats.v2021().table(Formats.REQUESTS));
        GridCell result = grid.cells().stream().filter(c -> "三、本年度办理结果".equals(c.text())).findFirst().orElseThrow();
        GridCell denied = grid.cells().stream().filter(c -> "（三）不予公开".equals(c.text())).findFirst().orElseThrow();
        assertThat(result.column()).isZero();
        assertThat(result.rowSpan()).isEqualTo(22);
        assertThat(denied.column()).isEqualTo(1);
        assertThat(denied.rowSpan()).isEqualTo(8);
        assertThat(grid.labelColumns()).isEqualTo(3);
        assertThat(grid.headerRows()).isEqualTo(3);
    }

    @org.junit.jupiter.api.Test
    void reviewLitigationIsOneRowUnderColumnGroups() {
        FormGrid grid = FormGrids.of(Formats.v2021().table(Formats.REVIEW_LITIGATION));
        assertThat(grid.columns()).isEqualTo(15);
        assertThat(grid.rows()).isEqualTo(4);
        GridCell litigation = grid.cells().stream().filter(c -> "行政诉讼".equals(c.text())).findFirst().orElseThrow();
        assertThat(litigation.columnSpan()).isEqualTo(10);
        assertThat(grid.cells().stream().filter(c -> c.role() == GridCell.Role.VALUE)).allMatch(c -> c.row() == 3);
    }

    @org.junit.jupiter.api.Test
    void headerWordsHoldTheFormsHeadersButNoRowLabel() {
        assertThat(FormWords.headerWords()).contains(Labels.normalize(FormWords.CONTENT),
                Labels.normalize(FormWords.REQUESTS_NOTE), "法人或其他组织", "结果维持", "总计");
        assertThat(FormWords.headerWords()).doesNotContain("行政复议", "复议后起诉", "规章");
    }
}
