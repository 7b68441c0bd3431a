package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static nianbao.format.Formats.CARRIED_FORWARD;
import static nianbao.format.Formats.CARRIED_OVER;
import static nianbao.format.Formats.NEW_RECEIVED;
import static nianbao.format.Formats.REQUESTS;
import static nianbao.format.Formats.TOTAL;
import static nianbao.format.Formats.requestCell;

/**
 * requests.carried_forward (info): when received (一+二) and handled (（七）总计) differ in the 总计 column, says so
 * and whether 四、结转下年度 accounts for the difference.
 */
public final class CarriedForwardRule implements Rule {
    public static final String ID = "requests.carried_forward";

    @Override
    public void check(Report report, List<Finding> out) {
        Terms received = Terms.of(report.tables(), List.of(requestCell(NEW_RECEIVED, TOTAL),
                requestCell(CARRIED_OVER, TOTAL)));
        Terms handled = Terms.of(report.tables(), List.of(requestCell(TOTAL, TOTAL)));
        if (received == null || handled == null || !Terms.differ(received, handled)) {
            return;
        }
        BigDecimal difference = received.sum().subtract(handled.sum());
        StringBuilder message = new StringBuilder()
                .append("收到申请 ").append(received.sum().toPlainString()).append(" 件（一+二 = ")
                .append(received.shown()).append("），办理完毕 ").append(handled.sum().toPlainString())
                .append(" 件（（七）总计）；");
        message.append(difference.signum() > 0 ? "相差 " + difference.toPlainString() + " 件"
                : "办理完毕多于收到 " + difference.negate().toPlainString() + " 件");
        List<CellRef> cells = new ArrayList<>(Terms.cells(received, handled));
        CellRef forwardRef = requestCell(CARRIED_FORWARD, TOTAL);
        Cell forward = report.tables().cell(forwardRef);
        BigDecimal carried = forward == null ? null : forward.arithmeticValue();
        if (carried == null) {
            message.append("；表格没有可用的结转下年度（四）数字");
        } else {
            cells.add(forwardRef);
            message.append("；结转下年度 ").append(forward.display()).append(" 件");
            message.append(carried.compareTo(difference) == 0 ? "，与差额相符"
                    : "，与差额不符（差额为 " + difference.toPlainString() + " 件）");
        }
        message.append(Terms.blankNote(received.hasBlank() || handled.hasBlank()
                || (forward != null && forward.isBlank())));
        out.add(new Finding(ID, Severity.INFO, REQUESTS, null, TOTAL, message.toString(), cells));
    }
}
