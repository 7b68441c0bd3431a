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

    static ScannedPage read(BufferedImage image, double dpi, int page) {
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
}
