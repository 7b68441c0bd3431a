package nianbao.check;

import nianbao.format.Formats;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/** review_litigation.total: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
public final class ReviewLitigationTotalRule implements Rule {
    public static final String ID = "review_litigation.total";
    private static final String TABLE = Formats.REVIEW_LITIGATION;

    @Override
    public void check(Report report, List<Finding> out) {
        for (String row : report.tables().rowKeys(TABLE)) {
            Terms total = Terms.of(report.tables(), List.of(new CellRef(TABLE, row, Formats.TOTAL)));
            List<CellRef> parts = new ArrayList<>(Formats.REVIEW_PARTS.size());
            StringBuilder names = new StringBuilder();
            for (String column : Formats.REVIEW_PARTS) {
                parts.add(new CellRef(TABLE, row, column));
                names.append(names.length() == 0 ? "" : "+").append(Specs.columnLabel(report, TABLE, row, column));
            }
            Terms sum = Terms.of(report.tables(), parts);
            if (total == null || sum == null || !Terms.differ(total, sum)) {
                continue;
            }
            String message = Specs.rowLabel(report, TABLE, row) + "："
                    + Terms.equation(Specs.columnLabel(report, TABLE, row, Formats.TOTAL), total, names.toString(), sum);
            out.add(new Finding(ID, Severity.ERROR, TABLE, row, Formats.TOTAL, message, Terms.cells(total, sum)));
        }
    }
}
