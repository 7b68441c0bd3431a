package nianbao.parse;


import nianbao.model.CellText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the tokens that hold a row's values: every number and explicit blank cell after the row's label and before
 * the next row's label, plus short non-numeric words standing where a value stands (e.g. 无), but not the rest of a
 * wrapped label or a group cell.
 */
final class ValueCollector {
    private static final int MAX_VALUE_TEXT = 6;

    private final List<Token> tokens;
    private final Set<String> labelTexts;

    /** @param labelTexts every printed label, group cell and header word of the table, normalised */
    ValueCollector(List<Token> tokens, Set<String> labelTexts) {
        this.tokens = tokens;
        this.labelTexts = labelTexts;
    }

    List<Token> collect(int fromToken, int toToken, String rowLabel) {
        List<Token> values = new ArrayList<>();
        Token anchor = tokens.get(fromToken);
        boolean delimited = anchor.layout().provesCells();
        for (int i = fromToken + 1; i < toToken; i++) {
            Token t = tokens.get(i);
            if (!t.isText()) {
                if (t.isBlank() && !delimited && t.layout().provesCells()) {
                    continue;
                }
                values.add(t);
                continue;
            }
            if (isLabelText(t, rowLabel)) {
                if (delimited && !values.isEmpty() && hasNumber(values)) {
                    break;
                }
                continue;
            }
            if (standsAsValue(t, anchor, values)) {
                values.add(t);
            }
        }
        return values;
    }

    private boolean isLabelText(Token t, String rowLabel) {
        String n = t.norm();
        if (UnitMerger.UNITS.contains(n) || CellText.isAmountWithUnit(n)) {
            return false;
        }
        if (n.isEmpty() || n.length() > MAX_VALUE_TEXT || rowLabel.contains(n)) {
            return true;
        }
        for (String label : labelTexts) {
            if (label.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAsValue(Token t, Token anchor, List<Token> values) {
        if (t.layout() == LineLayout.CELL_PER_LINE) {
            return true;
        }
        if (t.line() == anchor.line()) {
            return true;
        }
        return values.stream().anyMatch(v -> v.line() == t.line());
    }

    private static boolean hasNumber(List<Token> values) {
        return values.stream().anyMatch(v -> !v.isBlank());
    }
}
