package nianbao.parse;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the cells of a row as the solver settled it: placed by the layout, by the sums (each cell the sums decided
 * carries how), or uncertain wherever the options still open disagree.
 */
final class RowWriter {
    static final String INFERRED = "原文未标出空白单元格，版面允许多种放法，按表格自身的勾稽关系确定了各值所在列";
    static final String RUN_TOGETHER = "此行有两个数值连在一个单元格里（如“3 5”），各值所在列可能错位，请核对原文";
    static final String ORDER_INFERRED = "此行的标签未能读出，按表格的行序放置，表格自身的勾稽关系证实了这一点";
    static final String ORDER_DOUBT = "此行的标签未能读出，按表格的行序放置，勾稽关系不能证实，请核对原文";
    static final String MISREAD_LABEL = "此行的标签有一两个字未能读准，按最相近的标签定为此行";

    private RowWriter() {
    }

    static void write(RowReading row, PlacementSolver.Outcome outcome, Tables.Builder out) {
        Placement placement = row.options().get(outcome.option());
        List<Integer> all = new ArrayList<>();
        for (int o = 0; o < row.options().size(); o++) {
            all.add(o);
        }
        int n = row.columnCount();
        boolean[] written = new boolean[n];
        Cell[] cells = new Cell[n];
        for (int i = 0; i < row.values().size(); i++) {
            int c = placement.columns()[i];
            if (c < 0 || written[c]) {
                continue;
            }
            cells[c] = CellFactory.fromToken(row.refs().get(c), row.values().get(i), null);
            written[c] = true;
        }
        boolean runTogether = row.values().stream().anyMatch(t -> nianbao.model.CellText.runTogether(t.text()));
        for (int c = 0; c < n; c++) {
            CellRef ref = row.refs().get(c);
            Cell cell = cells[c] != null ? cells[c] : CellFactory.missing(ref, row.label(), null);
            String doubt = placement.doubts()[c];
            switch (outcome.how()) {
                case LAYOUT -> cell = doubt == null ? cell : cell.withUncertainty(doubt);
                case SUMS -> cell = doubt != null ? cell.withUncertainty(doubt)
                        : PlacementSolver.agree(row, all, c) ? cell : cell.withInference(INFERRED);
                case UNCERTAIN -> {
                    String why = PlacementSolver.agree(row, outcome.open(), c) ? doubt : row.doubt();
                    cell = why == null ? cell : cell.withUncertainty(why);
                }
            }
            if (row.byOrder() && doubt == null) {
                cell = outcome.how() == PlacementSolver.How.SUMS ? cell.withInference(ORDER_INFERRED)
                        : cell.withUncertainty(ORDER_DOUBT);
            }
            if (runTogether && !cell.uncertain()) {
                cell = cell.withUncertainty(RUN_TOGETHER);
            }
            if (row.misreadLabel() && !cell.uncertain() && !cell.inferred()) {
                cell = cell.withInference(MISREAD_LABEL);
            }
            out.put(cell);
        }
    }
}
