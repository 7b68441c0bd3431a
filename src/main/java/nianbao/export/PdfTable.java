package nianbao.export;

import java.util.List;

/**
 * A table ready to draw: its cells, relative column widths, number of rows, how many top rows are headers to repeat
 * on a new page, and the font size of its text.
 */
record PdfTable(List<PdfCell> cells, double[] widths, int rows, int headerRows, float fontSize) {
    PdfTable {
        cells = List.copyOf(cells);
        widths = widths.clone();
    }
}
