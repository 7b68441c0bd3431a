package nianbao.parse;

/**
 * How the cells of a text line are delimited, which decides whether the layout proves a value's column:
 * cells the reader delimited, tabs and one-cell-per-line prove it; space-aligned text suggests it by position; single spaces do not.
 */
enum LineLayout {
    TAB, CELL_PER_LINE, ALIGNED, SPACED;

    boolean provesCells() {
        return this == TAB || this == CELL_PER_LINE;
    }
}
