package nianbao.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a measured table across pages: a page break only between rows (a short group of merged rows is kept
 * together, a long one continues with its label repeated), the header rows repeated on each new page, and a row too
 * tall for any page continued line by line on the next — text is never cut at a cell's edge.
 */
final class PdfTableDrawer {
    private static final Color NOTE_COLOR = new Color(0xA0, 0x1E, 0x1E);
    private static final Color MARK_COLOR = new Color(0x1F, 0x4E, 0x9A);
    private static final float BORDER = 0.5f;
    private static final float PAD_Y = PdfTableLayout.PAD_Y;
    /** Room wanted on the page before a table starts with a row too tall for any page. */
    private static final float TALL_ROW_START = 60f;

    private final PdfPages pages;
    private final PdfTextWrapper wrapper;

    PdfTableDrawer(PdfPages pages) {
        this.pages = pages;
        this.wrapper = pages.wrapper();
    }

    /** Where a grid row was placed on the current page. */
    private record Placed(int row, float top, float height) {
    }

    /** The height the whole table needs, to keep it on one page when it can be. */
    float height(PdfTable table) {
        return PdfTableLayout.of(table, pages).total();
    }

    void draw(PdfTable table) throws IOException {
        PdfTableLayout layout = PdfTableLayout.of(table, pages);
        int headers = layout.headerRows();
        float shortGroup = pages.bodyHeight() / 2;
        float tall = pages.bodyHeight() - layout.headerHeight();
        float firstBody = layout.rows() > headers ? layout.keepHeight(headers, shortGroup) : 0;
        pages.ensure(layout.headerHeight() + (firstBody > tall ? TALL_ROW_START : firstBody));
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < layout.rows(); r++) {
            boolean bodyOnPage = placed.stream().anyMatch(p -> p.row() >= headers);
            if (r >= headers && layout.height(r) > tall && layout.isPlainRow(r)) {
                drawPlaced(layout, placed);
                placed.clear();
                drawTallRow(layout, r);
                continue;
            }
            if (r >= headers && bodyOnPage && !pages.fits(layout.keepHeight(r, shortGroup))) {
                drawPlaced(layout, placed);
                placed.clear();
                newPageWithHeaders(layout, placed);
            }
            placed.add(new Placed(r, pages.y(), layout.height(r)));
            pages.advance(layout.height(r));
        }
        drawPlaced(layout, placed);
    }

    private void newPageWithHeaders(PdfTableLayout layout, List<Placed> placed) throws IOException {
        pages.newPage();
        for (int h = 0; h < layout.headerRows(); h++) {
            placed.add(new Placed(h, pages.y(), layout.height(h)));
            pages.advance(layout.height(h));
        }
    }

    /** Draws the part of every cell that falls on the rows placed on this page: fills, then text, then borders. */
    private void drawPlaced(PdfTableLayout layout, List<Placed> placed) throws IOException {
        List<PdfTableLayout.Laid> shown = new ArrayList<>();
        List<float[]> boxes = new ArrayList<>();
        for (PdfTableLayout.Laid l : layout.laid()) {
            float top = Float.NaN;
            float bottom = Float.NaN;
            for (Placed p : placed) {
                if (p.row() >= l.cell().row() && p.row() <= l.cell().lastRow()) {
                    top = Float.isNaN(top) ? p.top() : top;
                    bottom = p.top() - p.height();
                }
            }
            if (!Float.isNaN(top)) {
                shown.add(l);
                boxes.add(new float[]{top, top - bottom});
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            fill(shown.get(i), boxes.get(i)[0], boxes.get(i)[1]);
        }
        for (int i = 0; i < shown.size(); i++) {
            PdfTableLayout.Laid l = shown.get(i);
            float textHeight = l.height() - 2 * PAD_Y;
            float offset = Math.max(0, (boxes.get(i)[1] - 2 * PAD_Y - textHeight) / 2);
            drawLines(l, 0, l.lines().size(), boxes.get(i)[0] - PAD_Y - offset);
        }
        for (int i = 0; i < shown.size(); i++) {
            border(shown.get(i), boxes.get(i)[0], boxes.get(i)[1], true);
        }
    }

    /** A row taller than a page: its cells' lines go on page after page, header rows repeated, top-aligned. */
    private void drawTallRow(PdfTableLayout layout, int row) throws IOException {
        List<PdfTableLayout.Laid> cells = layout.cellsOf(row);
        int[] next = new int[cells.size()];
        boolean first = true;
        boolean freshPage = false;
        while (true) {
            float room = pages.y() - PdfPages.MARGIN_BOTTOM - 2 * PAD_Y;
            if (freshPage) {
                room = Math.max(room, cells.stream().filter(c -> !c.lines().isEmpty())
                        .map(c -> c.lines().get(0).height()).reduce(0f, Math::max));
            }
            int[] upto = new int[cells.size()];
            float slice = 0;
            boolean progress = false;
            for (int i = 0; i < cells.size(); i++) {
                List<PdfTableLayout.Line> lines = cells.get(i).lines();
                int j = next[i];
                while (j < lines.size() && PdfTableLayout.textHeight(lines, next[i], j + 1) <= room) {
                    j++;
                }
                upto[i] = j;
                progress |= j > next[i];
                slice = Math.max(slice, PdfTableLayout.textHeight(lines, next[i], j));
            }
            if (progress) {
                float height = slice + 2 * PAD_Y;
                for (int i = 0; i < cells.size(); i++) {
                    fill(cells.get(i), pages.y(), height);
                    drawLines(cells.get(i), next[i], upto[i], pages.y() - PAD_Y);
                    border(cells.get(i), pages.y(), height, first);
                }
                pages.advance(height);
                first = false;
                next = upto;
            }
            boolean done = true;
            for (int i = 0; i < cells.size(); i++) {
                done &= next[i] >= cells.get(i).lines().size();
            }
            if (done) {
                return;
            }
            List<Placed> headers = new ArrayList<>();
            newPageWithHeaders(layout, headers);
            drawPlaced(layout, headers);
            freshPage = true;
        }
    }

    private void fill(PdfTableLayout.Laid l, float top, float height) throws IOException {
        if (l.cell().fill() != null) {
            pages.fill(l.x(), top, l.width(), height, l.cell().fill());
        }
    }

    private void border(PdfTableLayout.Laid l, float top, float height, boolean withMark) throws IOException {
        pages.stroke(l.x(), top, l.width(), height, BORDER);
        if (withMark && l.cell().marked()) {
            pages.cornerMark(l.x() + l.width(), top, 5f, MARK_COLOR);
        }
    }

    /** Lines [from, to) of a cell, the first line's box starting at {@code top}. */
    private void drawLines(PdfTableLayout.Laid l, int from, int to, float top) throws IOException {
        float y = top;
        for (int i = from; i < to; i++) {
            PdfTableLayout.Line line = l.lines().get(i);
            float size = line.size();
            y -= line.height();
            float baseline = y + size * (PdfPages.LEADING - 1) / 2 + size * 0.12f;
            pages.text(alignedX(l, line.text(), size), baseline, line.text(), size, l.cell().bold() && !line.note(),
                    line.note() ? NOTE_COLOR : Color.BLACK);
        }
    }

    private float alignedX(PdfTableLayout.Laid l, String line, float size) {
        if (!l.cell().centered()) {
            return l.x() + PdfTableLayout.PAD_X;
        }
        return l.x() + (l.width() - wrapper.width(line, size)) / 2;
    }
}
