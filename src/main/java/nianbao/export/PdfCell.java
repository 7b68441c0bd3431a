package nianbao.export;

import java.awt.Color;

/**
 * One cell of a PDF table as drawn: place and span, its text and an optional small second text (e.g. 原 -1), bold or
 * not, its background (null for none), centred or left-aligned, and whether it carries the corrected-cell mark.
 */
record PdfCell(int row, int column, int rowSpan, int columnSpan, String text, String note, boolean bold, Color fill,
               boolean centered, boolean marked) {
    int lastRow() {
        return row + rowSpan - 1;
    }

    int lastColumn() {
        return column + columnSpan - 1;
    }
}
