package nianbao.export;

import nianbao.model.CellRef;

/**
 * One cell of a laid-out table: its place and span in the grid, what it is (caption, header, group, row label or
 * value), its printed text and, for a value or a row label, the table cell or row it shows.
 */
record GridCell(int row, int column, int rowSpan, int columnSpan, Role role, String text, CellRef ref) {
    /** What a grid cell shows. */
    enum Role { CAPTION, HEADER, GROUP, LABEL, VALUE }

    int lastRow() {
        return row + rowSpan - 1;
    }

    int lastColumn() {
        return column + columnSpan - 1;
    }
}
