package nianbao.parse;

import nianbao.format.RowSpec;

import java.util.List;

/**
 * A located row with the tokens collected as its values, before they are placed into columns, the header cell of
 * its first column above it (null when the layout or the header does not tell), and how many cells the row's line
 * and that header's line have (0 where the layout has no cells).
 */
record RowValues(RowSpec row, Token label, List<Token> values, Token header, int width, int headerWidth) {
    /** The cell index of the header's first column label above this row, or -1. */
    int headerCell() {
        return header == null ? -1 : header.cell();
    }

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
