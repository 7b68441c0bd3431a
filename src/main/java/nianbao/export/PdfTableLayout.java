package nianbao.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Measures a table before it is drawn: each cell's text wrapped to the cell's width (header and value cells with
 * evenly long lines), the small note under it, and each row's height so that every cell's text fits.
 */
final class PdfTableLayout {
    static final float PAD_X = 3f;
    static final float PAD_Y = 3f;
    static final float NOTE_SCALE = 0.8f;

    /** One line of a cell: its text, size, and whether it is the small note. */
    record Line(String text, float size, boolean note) {
        float height() {
            return size * PdfPages.LEADING;
        }
    }

    /** A cell with its place on the page and its wrapped lines. */
    record Laid(PdfCell cell, float x, float width, List<Line> lines) {
        float height() {
            return textHeight(lines, 0, lines.size()) + 2 * PAD_Y;
        }
    }

    private final List<Laid> laid;
    private final float[] heights;
    private final int headerRows;

    private PdfTableLayout(List<Laid> laid, float[] heights, int headerRows) {
        this.laid = laid;
        this.heights = heights;
        this.headerRows = headerRows;
    }

    static PdfTableLayout of(PdfTable table, PdfPages pages) {
        PdfTextWrapper wrapper = pages.wrapper();
        double total = Arrays.stream(table.widths()).sum();
        float[] x = new float[table.widths().length + 1];
        x[0] = pages.left();
        for (int i = 0; i < table.widths().length; i++) {
            x[i + 1] = x[i] + (float) (pages.width() * table.widths()[i] / total);
        }
        float size = table.fontSize();
        List<Laid> laid = new ArrayList<>();
        for (PdfCell cell : table.cells()) {
            float width = x[cell.lastColumn() + 1] - x[cell.column()];
            float inner = width - 2 * PAD_X;
            List<Line> lines = new ArrayList<>();
            (cell.centered() ? balanced(wrapper, cell.text(), size, inner) : wrapper.wrap(cell.text(), size, inner))
                    .forEach(l -> lines.add(new Line(l, size, false)));
            wrapper.wrap(cell.note(), size * NOTE_SCALE, inner)
                    .forEach(l -> lines.add(new Line(l, size * NOTE_SCALE, true)));
            laid.add(new Laid(cell, x[cell.column()], width, lines));
        }
        return new PdfTableLayout(laid, rowHeights(table, laid), table.headerRows());
    }

    List<Laid> laid() {
        return laid;
    }

    int rows() {
        return heights.length;
    }

    int headerRows() {
        return headerRows;
    }

    float height(int row) {
        return heights[row];
    }

    float total() {
        return sum(0, heights.length - 1);
    }

    float headerHeight() {
        return headerRows == 0 ? 0 : sum(0, headerRows - 1);
    }

    /** The height to find room for before row r: the row, or all rows of a merged group starting at r if short. */
    float keepHeight(int row, float shortGroup) {
        float keep = heights[row];
        for (Laid l : laid) {
            if (l.cell().row() == row && l.cell().rowSpan() > 1) {
                float group = sum(row, l.cell().lastRow());
                if (group <= shortGroup) {
                    keep = Math.max(keep, group);
                }
            }
        }
        return keep;
    }

    /** Whether no merged cell reaches into the row, so its lines may be spread over pages. */
    boolean isPlainRow(int row) {
        return laid.stream().filter(l -> l.cell().row() <= row && row <= l.cell().lastRow())
                .allMatch(l -> l.cell().rowSpan() == 1);
    }

    List<Laid> cellsOf(int row) {
        return laid.stream().filter(l -> l.cell().row() == row).toList();
    }

    static float textHeight(List<Line> lines, int from, int to) {
        float h = 0;
        for (int i = from; i < to; i++) {
            h += lines.get(i).height();
        }
        return h;
    }

    private float sum(int from, int to) {
        float sum = 0;
        for (int r = from; r <= to; r++) {
            sum += heights[r];
        }
        return sum;
    }

    /** Each row as high as its tallest one-row cell; merged cells then grow the last row they span if needed. */
    private static float[] rowHeights(PdfTable table, List<Laid> laid) {
        float[] heights = new float[table.rows()];
        Arrays.fill(heights, table.fontSize() * PdfPages.LEADING + 2 * PAD_Y);
        for (Laid l : laid) {
            if (l.cell().rowSpan() == 1) {
                heights[l.cell().row()] = Math.max(heights[l.cell().row()], l.height());
            }
        }
        laid.stream().filter(l -> l.cell().rowSpan() > 1)
                .sorted(Comparator.comparingInt(l -> l.cell().rowSpan()))
                .forEach(l -> {
                    float sum = 0;
                    for (int r = l.cell().row(); r <= l.cell().lastRow(); r++) {
                        sum += heights[r];
                    }
                    if (sum < l.height()) {
                        heights[l.cell().lastRow()] += l.height() - sum;
                    }
                });
        return heights;
    }

    /** Wrapped into as few lines as at full width, but with lines of even length (结果/维持, not 结果维/持). */
    private static List<String> balanced(PdfTextWrapper wrapper, String text, float size, float width) {
        List<String> lines = wrapper.wrap(text, size, width);
        if (lines.size() < 2) {
            return lines;
        }
        float low = 0;
        float high = width;
        List<String> best = lines;
        for (int i = 0; i < 12; i++) {
            float mid = (low + high) / 2;
            List<String> attempt = wrapper.wrap(text, size, mid);
            if (attempt.size() <= lines.size() && attempt.stream().allMatch(l -> wrapper.width(l, size) <= mid)) {
                best = attempt;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }
}
