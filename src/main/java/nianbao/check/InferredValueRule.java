package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * value.inferred (info): the layout allowed more than one placement of a row's values (or, its label lost, only the
 * form's order of rows placed it) and the form's own sums chose or confirmed it; one finding per row, saying how the
 * parser placed the row (the reason its cells carry) and naming the cells.
 */
public final class InferredValueRule implements Rule {
    public static final String ID = "value.inferred";

    @Override
    public void check(Report report, List<Finding> out) {
        Map<String, List<Cell>> byRow = new LinkedHashMap<>();
        for (Cell cell : report.tables().cells()) {
            if (cell.inferred()) {
                byRow.computeIfAbsent(cell.ref().table() + "\u0000" + cell.ref().row(), k -> new ArrayList<>()).add(cell);
            }
        }
        for (List<Cell> cells : byRow.values()) {
            CellRef first = cells.get(0).ref();
            StringBuilder placed = new StringBuilder();
            List<CellRef> refs = new ArrayList<>();
            java.util.Set<String> reasons = new java.util.LinkedHashSet<>();
            for (Cell cell : cells) {
                reasons.add(cell.inference());
                placed.append(placed.length() == 0 ? "" : "、")
                        .append(Specs.columnLabel(report, first.table(), first.row(), cell.ref().column()))
                        .append(' ').append(cell.display());
                refs.add(cell.ref());
            }
            String message = Specs.rowLabel(report, first.table(), first.row()) + "：" + String.join("；", reasons)
                    + "（" + placed + "），请核对原文";
            out.add(new Finding(ID, Severity.INFO, first.table(), first.row(), null, message, refs));
        }
    }
}
