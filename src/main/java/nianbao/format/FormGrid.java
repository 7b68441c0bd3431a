package nianbao.format;

import java.util.List;

/**
 * A table of the national form laid out as it is printed: a grid of possibly merged cells. The window, the audit PDF
 * and the workbook all draw it from here.
 *
 * @param headerRows   how many top rows are column headers (repeated on a new page); 0 for table 二, whose blocks each
 *                     carry their own header row
 * @param labelColumns how many left columns hold group cells and row labels
 */
public record FormGrid(String table, int rows, int columns, int headerRows, int labelColumns, List<GridCell> cells) {
    public FormGrid {
        cells = List.copyOf(cells);
    }

    /** The cells whose top-left corner is in the given grid row. */
    public List<GridCell> startingIn(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }
}
