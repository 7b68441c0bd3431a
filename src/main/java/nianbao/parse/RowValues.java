package nianbao.parse;

import nianbao.format.RowSpec;

import java.util.List;

/** A located row with the tokens collected as its values, before they are placed into columns. */
record RowValues(RowSpec row, Token label, List<Token> values) {
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
