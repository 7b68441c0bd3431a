package nianbao.format;

import nianbao.model.CellRef;

/**
 * One cell of a table laid out as the official form prints it: its place and span in the grid, what it is, its printed
 * text and, for a value or a row label, the table cell or row it shows.
 */
public record GridCell(int row, int column, int rowSpan, int columnSpan, Role role, String text, CellRef ref) {
    /** What a grid cell shows. */
    public enum Role {
        /** A block caption spanning the table (table 二's 第二十条第（一）项). */
        CAPTION,
        /** A column header, or a row of table 四 printed as a column group. */
        HEADER,
        /** The explanatory note in the top-left header cell of table 三. */
        NOTE,
        /** A group label spanning the rows it groups (三、本年度办理结果, （三）不予公开). */
        GROUP,
        /** A row label. */
        LABEL,
        /** A value cell. */
        VALUE
    }

    public int lastRow() {
        return row + rowSpan - 1;
    }

    public int lastColumn() {
        return column + columnSpan - 1;
    }
}
