package nianbao.check;

import nianbao.format.ValueKind;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/** value.not_number: a cell whose text is not a number (except free-text columns such as 2019 采购总金额). */
public final class NotNumberRule implements Rule {
    public static final String ID = "value.not_number";

    @Override
    public void check(Report report, List<Finding> out) {
        for (Cell cell : report.tables().cells()) {
            if (!cell.isText()) {
                continue;
            }
            CellRef ref = cell.ref();
            if (Specs.kind(report, ref.table(), ref.row(), ref.column()) == ValueKind.FREE_TEXT) {
                continue;
            }
            String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 填写为"
                    + cell.display() + "，不是数字";
            out.add(new Finding(ID, Severity.ERROR, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
        }
    }
}
