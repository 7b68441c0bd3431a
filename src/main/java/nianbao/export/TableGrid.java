package nianbao.export;

import java.util.List;

/**
 * A table laid out as a grid of possibly merged cells, the way the official format prints it, for the PDF and the
 * workbook alike.
 *
 * @param headerRows   how many top rows are column headers (repeated on a new page)
 * @param labelColumns how many left columns hold group cells and row labels
 * @param widths       relative column widths
 */
record TableGrid(String table, int rows, int columns, int headerRows, int labelColumns, double[] widths,
                 List<GridCell> cells) {
    TableGrid {
        cells = List.copyOf(cells);
        widths = widths.clone();
    }

    /** The cells whose top-left corner is in the given grid row. */
    List<GridCell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }
}
