package nianbao.check;

import nianbao.format.Formats;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** requests.total_columns: in every row of table 三, 总计 = the sum of the six applicant columns. */
public final class TotalColumnsRule implements Rule {
    public static final String ID = "requests.total_columns";

    @Override
    public void check(Report report, List<Finding> out) {
        for (String row : report.tables().rowKeys(RequestRows.TABLE)) {
            Terms total = Terms.of(report.tables(), List.of(RequestRows.ref(row, Formats.TOTAL)));
            List<CellRef> parts = new ArrayList<>(Formats.APPLICANT_COLUMNS.size());
            for (String column : Formats.APPLICANT_COLUMNS) {
                parts.add(RequestRows.ref(row, column));
            }
            Terms sum = Terms.of(report.tables(), parts);
            if (total == null || sum == null || !Terms.differ(total, sum)) {
                continue;
            }
            String message = Specs.rowLabel(report, RequestRows.TABLE, row) + "："
                    + Terms.equation("总计", total, "六类申请人之和", sum);
            out.add(new Finding(ID, Severity.ERROR, RequestRows.TABLE, row, Formats.TOTAL, message,
                    Terms.cells(total, sum)));
        }
    }
}
