package nianbao.ui;

import javafx.scene.control.Label;
import nianbao.format.FormGrid;
import nianbao.format.FormGrids;
import nianbao.format.GridCell;
import nianbao.format.TableSpec;

/**
 * Draws a table the way the national form prints it, cell by cell from the format's official grid
 * ({@link FormGrids}): block captions, header note, group labels spanning their rows, row labels and value fields.
 */
final class FormLayouts {
    /** Characters per line of a narrow column title: table 四's five result columns, table 三's organisations. */
    private static final int NARROW = 2;
    private static final int WIDE = 4;

    private FormLayouts() {
    }

    static void fill(TableGrid grid, TableSpec table) {
        FormGrid form = FormGrids.of(table);
        for (GridCell c : form.cells()) {
            switch (c.role()) {
                case CAPTION -> header(grid, c, c.text()).getStyleClass().add("block-caption");
                case NOTE -> header(grid, c, c.text()).getStyleClass().add("form-note");
                case HEADER -> header(grid, form, c);
                case GROUP -> {
                    Label group = grid.rowLabel(c.rowSpan() > 1 ? groupStacked(c.text()) : c.text(), c.column(),
                            c.row(), c.columnSpan(), c.rowSpan());
                    group.getStyleClass().add("group-label");
                }
                case LABEL -> label(grid, c);
                case VALUE -> grid.value(c.ref(), c.column(), c.row(), c.columnSpan());
            }
        }
    }

    /** A column title of one value column in the last header row is broken into short lines (社会公益 / 组织). */
    private static void header(TableGrid grid, FormGrid form, GridCell c) {
        boolean columnTitle = c.columnSpan() == 1 && c.row() == form.headerRows() - 1
                && c.column() >= form.labelColumns();
        if (!columnTitle) {
            header(grid, c, c.text());
        } else if (form.labelColumns() == 0) {
            header(grid, c, stacked(c.text(), NARROW)).getStyleClass().add("narrow-header");
        } else {
            header(grid, c, stacked(c.text(), WIDE));
        }
    }

    private static Label header(TableGrid grid, GridCell c, String text) {
        return grid.header(text, c.column(), c.row(), c.columnSpan(), c.rowSpan());
    }

    private static Label label(TableGrid grid, GridCell c) {
        return grid.rowLabel(c.text(), c.column(), c.row(), c.columnSpan(), c.rowSpan());
    }

    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");

    /**
     * A group label standing in the narrow column beside the rows it groups, in lines of two characters, its ordinal
     * kept whole on the first line ({@code （三）} / 不予 / 公开, never {@code （三} / {@code ）不}).
     */
    static String groupStacked(String label) {
        java.util.regex.Matcher m = ORDINAL.matcher(label);
        if (!m.find()) {
            return stacked(label, GROUP_LINE);
        }
        String rest = label.substring(m.end()).strip();
        return rest.isEmpty() ? m.group() : m.group() + "\n" + stacked(rest, GROUP_LINE);
    }

    private static final int GROUP_LINE = 2;

    /** Breaks a narrow column's title every {@code perLine} characters, as the printed form does (社会公益 / 组织). */
    static String stacked(String label, int perLine) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); i += perLine) {
            out.append(i == 0 ? "" : "\n").append(label, i, Math.min(label.length(), i + perLine));
        }
        return out.toString();
    }
}
