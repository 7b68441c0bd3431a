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
        if (delimited && values.stream().noneMatch(v -> v.line() == anchor.line() && !v.isBlank())) {
            List<Token> below = cellsBelow(fromToken, toToken, anchor);
            if (below != null) {
                return below;
            }
        }
        return values;
    }

    /**
     * A delimited row whose label line holds no value, with its values on the lines below under its value cells and
     * nothing at or before its label's cell there (a converter split the label off into a row of its own): the cells
     * of those lines (from the first that holds a value up to the next line with text; later lines may be rows
     * that lost their labels, see LabelTableReader), or null when the lines below do not look so.
     */
    private List<Token> cellsBelow(int fromToken, int toToken, Token anchor) {
        int first = -1;
        for (int i = fromToken + 1; i < toToken && first < 0; i++) {
            Token t = tokens.get(i);
            if (t.line() != anchor.line() && !t.isBlank()) {
                first = t.line();
            }
        }
        if (first < 0) {
            return null;
        }
        List<Token> under = new ArrayList<>();
        for (int i = fromToken + 1; i < toToken; i++) {
            Token t = tokens.get(i);
            if (t.line() < first) {
                continue;
            }
            if (t.isText() && t.line() > first) {
                under.removeIf(u -> u.line() == t.line());
                break;
            }
            if (t.isText() || !t.layout().provesCells() || (t.cell() <= anchor.cell() && !t.isBlank())) {
                return null;
            }
            if (t.cell() > anchor.cell()) {
                under.add(t);
            }
        }
        return under;
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
