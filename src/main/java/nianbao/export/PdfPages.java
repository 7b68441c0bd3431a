package nianbao.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The A4 pages of the PDF: margins, a cursor that moves down the page and starts a new page when the next block does
 * not fit, drawing of text and boxes, and, when done, 第 N 页 / 共 M 页 at the foot of every page.
 */
final class PdfPages {
    static final float MARGIN_SIDE = 42f;
    static final float MARGIN_TOP = 46f;
    static final float MARGIN_BOTTOM = 50f;
    static final float LEADING = 1.35f;
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float FOOTER_SIZE = 8f;

    private final PDDocument document;
    private final CjkFont font;
    private final PdfTextWrapper wrapper;
    private final String footer;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, CjkFont font, String footer) throws IOException {
        this.document = document;
        this.font = font;
        this.wrapper = new PdfTextWrapper(font);
        this.footer = footer;
        newPage();
    }

    PdfTextWrapper wrapper() {
        return wrapper;
    }

    float left() {
        return MARGIN_SIDE;
    }

    float width() {
        return SIZE.getWidth() - 2 * MARGIN_SIDE;
    }

    /** Height of the writable part of a page. */
    float bodyHeight() {
        return SIZE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    float y() {
        return y;
    }

    boolean fits(float height) {
        return y - height >= MARGIN_BOTTOM - 0.01f;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) throws IOException {
        if (!fits(height)) {
            newPage();
        }
    }

    boolean atTopOfPage() {
        return y >= SIZE.getHeight() - MARGIN_TOP - 0.01f;
    }

    void advance(float height) {
        y -= height;
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(SIZE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = SIZE.getHeight() - MARGIN_TOP;
    }

    /** Wrapped text over the full width at the cursor, moving to a new page between lines when needed. */
    void paragraph(String text, float size, boolean bold, Color color, boolean centered) throws IOException {
        for (String line : wrapper.wrap(text, size, width())) {
            ensure(size * LEADING);
            float x = centered ? left() + (width() - wrapper.width(line, size)) / 2 : left();
            text(x, y - size, line, size, bold, color);
            advance(size * LEADING);
        }
    }

    /** One line of displayable text with its baseline at {@code baseline}; bold is drawn as filled and stroked. */
    void text(float x, float baseline, String line, float size, boolean bold, Color color) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.font(), size);
        stream.setNonStrokingColor(color);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setStrokingColor(color);
            stream.setLineWidth(size / 28f);
        } else {
            stream.setRenderingMode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(line);
        stream.endText();
    }

    void fill(float x, float top, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, top - height, width, height);
        stream.fill();
    }

    void stroke(float x, float top, float width, float height, float lineWidth) throws IOException {
        stream.setStrokingColor(Color.DARK_GRAY);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, top - height, width, height);
        stream.stroke();
    }

    /** A small filled triangle in the top-right corner of a box (the mark of a corrected cell). */
    void cornerMark(float right, float top, float size, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.moveTo(right - size, top);
        stream.lineTo(right, top);
        stream.lineTo(right, top - size);
        stream.closePath();
        stream.fill();
    }

    /** Closes the last page and writes the footer and 第 N 页 / 共 M 页 on every page. */
    void finish() throws IOException {
        stream.close();
        stream = null;
        List<PDPage> pages = new ArrayList<>();
        document.getPages().forEach(pages::add);
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = foot;
                String number = "第 " + (i + 1) + " 页 / 共 " + pages.size() + " 页";
                float baseline = MARGIN_BOTTOM / 2;
                text(left() + width() - wrapper.width(number, FOOTER_SIZE), baseline, number, FOOTER_SIZE, false,
                        Color.DARK_GRAY);
                String left = wrapper.displayable(footer);
                String fitted = wrapper.wrap(left, FOOTER_SIZE, width() * 0.7f).stream().findFirst().orElse("");
                text(left(), baseline, fitted, FOOTER_SIZE, false, Color.GRAY);
            } finally {
                stream = null;
            }
        }
    }
}
