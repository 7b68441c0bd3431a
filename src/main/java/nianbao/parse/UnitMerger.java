package nianbao.parse;

import nianbao.model.CellText;
import nianbao.format.ColumnSpec;
import nianbao.format.RowSpec;
import nianbao.format.ValueKind;
import nianbao.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Deals with a unit word printed after an amount (1642.7 万元): joined to the amount in free-text columns, dropped
 * after a plain decimal amount, so it is never taken for a value of its own.
 */
final class UnitMerger {
    static final Set<String> UNITS = Set.of("元", "万元", "亿元", "万", "亿");

    private UnitMerger() {
    }

    static List<Token> merge(List<Token> values, RowSpec row) {
        boolean freeText = row.columns().stream().map(ColumnSpec::kind).anyMatch(k -> k == ValueKind.FREE_TEXT);
        boolean decimal = row.columns().stream().map(ColumnSpec::kind).anyMatch(k -> k == ValueKind.DECIMAL);
        if (!(freeText || decimal) || values.size() < 2) {
            return values;
        }
        List<Token> out = new ArrayList<>();
        for (Token t : values) {
            Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (t.isText() && UNITS.contains(CellText.clean(t.text())) && previous != null && previous.isNumber()
                    && previous.line() == t.line()) {
                if (!freeText) {
                    continue;
                }
                out.set(out.size() - 1, new Token(previous.text() + t.text(), CellText.Kind.TEXT,
                        new Span(previous.span().start(), t.span().end()), previous.line(), previous.cell(),
                        previous.x(), previous.layout(), previous.box()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
