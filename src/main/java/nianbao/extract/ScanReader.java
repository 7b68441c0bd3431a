package nianbao.extract;

import nianbao.extract.ocr.OcrEngine;
import nianbao.model.WorkBudget;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns page images into what a PDF's text layer gives the parser: lines of placed words (each with the OCR's
 * confidence) and the table's vertical rules, in points from the top left of each page, so rows are matched by their
 * labels and values placed by their columns exactly as for a text PDF.
 */
final class ScanReader {
    private ScanReader() {
    }

    /** One page read by OCR: its lines and rules, numbered {@code page}. */
    record ScannedPage(List<LineBands.PageLine> lines, List<Ruling> rulings) {
    }

    /** A picture this big (about 400 × 400 pixels) or bigger can hold a table; smaller ones are not read. */
    static final long MIN_PIXELS = 150_000;

    /** The resolution of a picture whose size on paper is not known: as if it were as wide as A4 (a page fills it). */
    static double dpiOfPage(BufferedImage image) {
        return Math.min(image.getWidth(), image.getHeight()) / A4_SHORT_SIDE_INCHES;
    }

    private static final double A4_SHORT_SIDE_INCHES = 8.27;

    /** The resolution a picture is read at: its own, taken within 72–600 dpi. */
    static double resolution(double dpi) {
        return Math.max(72, Math.min(600, dpi));
    }

    /** Reads one image at its resolution (taken within 72–600 dpi) as page {@code page}. */
    static ScannedPage read(BufferedImage image, double dpi, int page) {
        dpi = resolution(dpi);
        WorkBudget.checkpoint();
        OcrEngine.Page read = OcrEngine.shared().read(image, dpi);
        WorkBudget.checkpoint();
        double points = 72.0 / dpi;
        List<LineBands.Placed> words = new ArrayList<>(read.words().size());
        for (OcrEngine.Word w : read.words()) {
            double x0 = w.x() * points;
            double x1 = (w.x() + w.width()) * points;
            words.add(new LineBands.Placed(w.text(), x0, w.y() * points, x1, (w.y() + w.height()) * points,
                    (x1 - x0) / Math.max(1, w.text().length()), w.confidence()));
        }
        List<Ruling> rulings = new ArrayList<>();
        for (OcrEngine.Rule r : read.rules()) {
            rulings.add(new Ruling(page, r.x() * points, r.top() * points, r.bottom() * points));
        }
        return new ScannedPage(LineBands.lines(page, words), rulings);
    }

    /** Writes the page's lines into the document and its rules into {@code rulings}; whether it held any text. */
    static boolean write(ScannedPage scanned, DocumentBuilder out, List<Ruling> rulings) {
        if (scanned == null || scanned.lines().isEmpty()) {
            return false;
        }
        for (LineBands.PageLine line : scanned.lines()) {
            out.line(line.text(), line.words());
        }
        rulings.addAll(scanned.rulings());
        return true;
    }
}
