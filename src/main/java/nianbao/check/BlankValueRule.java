package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/** value.blank: a cell left blank (counted as 0 by the arithmetic rules, but the format asks for a number). */
public final class BlankValueRule implements Rule {
    public static final String ID = "value.blank";

    @Override
    public void check(Report report, List<Finding> out) {
        for (Cell cell : report.tables().cells()) {
            if (!cell.isBlank()) {
                continue;
            }
            CellRef ref = cell.ref();
            String raw = cell.raw() == null ? "" : cell.raw().strip();
            String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 未填写"
                    + (raw.isEmpty() ? "" : "（“" + raw + "”）") + "，计算时按 0 计（空=0）";
            out.add(new Finding(ID, Severity.WARNING, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
        }
    }
}
