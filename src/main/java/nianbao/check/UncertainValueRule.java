package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/**
 * value.uncertain: a value the parser could not place with certainty; the examiner should confirm it. Where the form's
 * sums support one other reading ({@link SumSuggestions}), the message names it as a suggestion, never applied.
 */
public final class UncertainValueRule implements Rule {
    public static final String ID = "value.uncertain";

    @Override
    public void check(Report report, List<Finding> out) {
        java.util.Map<CellRef, SumSuggestions.Suggestion> suggestions = null;
        for (Cell cell : report.tables().cells()) {
            if (!cell.uncertain()) {
                continue;
            }
            CellRef ref = cell.ref();
            if (suggestions == null) {
                suggestions = SumSuggestions.of(report);
            }
            SumSuggestions.Suggestion suggestion = suggestions.get(ref);
            String message = Specs.cellLabel(report, ref.table(), ref.row(), ref.column()) + " 读作 "
                    + cell.display() + "，未能确定：" + cell.uncertainty()
                    + (cell.uncertainty().contains("核对") ? "" : "，请核对原文")
                    + (suggestion == null ? "" : "；按表内合计应为 " + suggestion.value().toPlainString()
                    + "（建议，未自动采用）");
            out.add(new Finding(ID, Severity.WARNING, ref.table(), ref.row(), ref.column(), message, List.of(ref)));
        }
    }
}
