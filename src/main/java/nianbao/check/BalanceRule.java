package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

import static nianbao.check.RequestRows.CARRIED_FORWARD;
import static nianbao.check.RequestRows.CARRIED_OVER;
import static nianbao.check.RequestRows.NEW_RECEIVED;
import static nianbao.check.RequestRows.TOTAL;
import static nianbao.check.RequestRows.ref;

/** requests.balance: in every column of table 三, 一 + 二 = （七）总计 + 四 (the format's own 勾稽关系). */
public final class BalanceRule implements Rule {
    public static final String ID = "requests.balance";

    @Override
    public void check(Report report, List<Finding> out) {
        for (String column : RequestRows.COLUMNS) {
            Terms received = Terms.of(report.tables(), List.of(ref(NEW_RECEIVED, column), ref(CARRIED_OVER, column)));
            Terms handled = Terms.of(report.tables(), List.of(ref(TOTAL, column), ref(CARRIED_FORWARD, column)));
            if (received == null || handled == null || !Terms.differ(received, handled)) {
                continue;
            }
            String message = Specs.columnLabel(report, RequestRows.TABLE, NEW_RECEIVED, column) + "："
                    + Terms.equation(RequestRows.SHORT_NEW_RECEIVED + "+" + RequestRows.SHORT_CARRIED_OVER, received,
                    RequestRows.SHORT_TOTAL + "+" + RequestRows.SHORT_CARRIED_FORWARD, handled);
            out.add(new Finding(ID, Severity.ERROR, RequestRows.TABLE, null, column, message,
                    Terms.cells(received, handled)));
        }
    }
}
