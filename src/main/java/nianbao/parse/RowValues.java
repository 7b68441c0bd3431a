package nianbao.parse;

import nianbao.format.RowSpec;

import java.util.List;

/**
 * A located row with the tokens collected as its values, before they are placed into columns, and the cell index
 * its first column has in the header above it (-1 when the layout or the header does not tell).
 */
record RowValues(RowSpec row, Token label, List<Token> values, int headerCell) {
    int columnCount() {
        return row.columns().size();
    }

    boolean delimited() {
        return label.layout().provesCells();
    }

    /** True when the values carry meaningful horizontal positions (space-aligned text). */
    boolean aligned() {
        return values.stream().anyMatch(v -> v.layout() == LineLayout.ALIGNED);
    }
}
