package nianbao.check;

import nianbao.format.Formats;
import nianbao.format.Identities;
import nianbao.format.Identity;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/**
 * The form's sums (requests.balance, requests.total_rows, requests.total_columns, review_litigation.total): one rule
 * per id over the identities {@link Identities} lists for the report's format. The message shows the equation with
 * the actual numbers and says when a value the parser could not place takes part, so a reading problem is not
 * blamed on the report.
 */
public final class SumRule implements Rule {
    static final String READING_NOTE = "（其中有位置不确定的数值，可能是读取问题，请核对原文）";

    private final String id;

    public SumRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public void check(Report report, List<Finding> out) {
        for (Identity identity : Identities.of(report.template(), report.tables().rowKeys(Formats.REQUESTS))) {
            if (!identity.rule().equals(id)) {
                continue;
            }
            Terms.Sides sides = Terms.Sides.of(report.tables(), identity);
            if (sides == null || !Terms.differ(sides.left(), sides.right())) {
                continue;
            }
            Terms left = sides.left();
            Terms right = sides.right();
            String message = identity.subject() + "：" + Terms.equation(identity.leftNames(), left,
                    identity.rightNames(), right) + (left.hasUncertain() || right.hasUncertain() ? READING_NOTE : "");
            out.add(new Finding(id, Severity.ERROR, identity.table(), identity.row(), identity.column(), message,
                    Terms.cells(left, right)));
        }
    }
}
