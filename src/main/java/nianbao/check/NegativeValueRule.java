package nianbao.check;

import nianbao.format.ValueKind;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/** value.negative: a count or amount below 0; only a signed column (2019 本年增/减) may be negative. */
public final class NegativeValueRule implements Rule {
    public static final String ID = "value.negative";

    @Override
    public void check(Report report, List<Finding> out) {
        for (Cell cell : report.tables().cells()) {
            if (!cell.isNumber() || cell.number().signum() >= 0) {
                continue;
            }
            CellRef ref = cell.ref();
            if (Specs.kind(report, ref.table(), ref.row(), ref.column()) == ValueKind.SIGNED) {
                continue;
            }
            String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 为 "
                    + cell.number().toPlainString() + "，不能为负数";
            out.add(new Finding(ID, Severity.ERROR, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
        }
    }
}
