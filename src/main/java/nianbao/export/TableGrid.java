package nianbao.export;

import nianbao.format.FormGrid;
import nianbao.format.FormGrids;
import nianbao.format.GridCell;
import nianbao.format.TableSpec;

import java.util.Arrays;
import java.util.List;

/**
 * A table of the official form ({@link FormGrid}) with the relative column widths the PDF and the workbook print it
 * with: row labels wide, group cells and values narrow.
 */
record TableGrid(FormGrid form, double[] widths) {
    private static final double LABEL_WIDTH = 3.2;
    private static final double BLOCK_LABEL_WIDTH = 2.0;
    private static final double GROUP_WIDTH = 0.9;
    private static final double VALUE_WIDTH = 0.8;

    TableGrid {
        widths = widths.clone();
    }

    static TableGrid of(TableSpec table) {
        FormGrid form = FormGrids.of(table);
        double[] widths = new double[form.columns()];
        int labels = form.labelColumns();
        if (labels == 0) {
            Arrays.fill(widths, 1.0);
        } else if (labels == 1) {
            Arrays.fill(widths, 1.0);
            widths[0] = BLOCK_LABEL_WIDTH;
        } else {
            Arrays.fill(widths, VALUE_WIDTH);
            Arrays.fill(widths, 0, labels - 1, GROUP_WIDTH);
            widths[labels - 1] = LABEL_WIDTH;
        }
        return new TableGrid(form, widths);
    }

    String table() {
        return form.table();
    }

    int rows() {
        return form.rows();
    }

    int columns() {
        return form.columns();
    }

    int headerRows() {
        return form.headerRows();
    }

    int labelColumns() {
        return form.labelColumns();
    }

    List<GridCell> cells() {
        return form.cells();
    }

    /** The cells whose top-left corner is in the given grid row. */
    List<GridCell> startingIn(int row) {
        return form.startingIn(row);
    }
}
