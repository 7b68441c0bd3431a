package nianbao.check;

import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** requests.total_rows: in every column of table 三, （七）总计 = the sum of the leaf rows the report has. */
public final class TotalRowsRule implements Rule {
    public static final String ID = "requests.total_rows";

    @Override
    public void check(Report report, List<Finding> out) {
        List<String> leaves = RequestRows.leafRows(report.tables());
        if (leaves.isEmpty()) {
            return;
        }
        for (String column : RequestRows.COLUMNS) {
            Terms total = Terms.of(report.tables(), List.of(RequestRows.ref(RequestRows.TOTAL, column)));
            List<CellRef> parts = new ArrayList<>(leaves.size());
            for (String leaf : leaves) {
                parts.add(RequestRows.ref(leaf, column));
            }
            Terms sum = Terms.of(report.tables(), parts);
            if (total == null || sum == null || !Terms.differ(total, sum)) {
                continue;
            }
            String message = Specs.columnLabel(report, RequestRows.TABLE, RequestRows.TOTAL, column) + "："
                    + Terms.equation(RequestRows.SHORT_TOTAL, total, "（一）至（六）各项之和", sum);
            out.add(new Finding(ID, Severity.ERROR, RequestRows.TABLE, null, column, message,
                    Terms.cells(total, sum)));
        }
    }
}
