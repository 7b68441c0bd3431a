package nianbao.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the visual lines of a page from its placed words, by vertical overlap (a word of a table row printed in
 * another font, or read a little higher by OCR, stays on its row), and writes each line's text with spaces standing
 * for the gaps between its words, so the text reads like the page. Used for a PDF's text layer and for OCR alike.
 */
final class LineBands {
    private static final int MAX_GAP_SPACES = 40;
    private static final double MIN_OVERLAP = 0.5;

    /** A word on a page, top-down coordinates in points; {@code confidence} is the OCR's, null for a text layer. */
    record Placed(String text, double x0, double y0, double x1, double y1, double charWidth, Double confidence) {
        double height() {
            return Math.max(0.1, y1 - y0);
        }
    }

    /** One visual line of a page. */
    record PageLine(int page, String text, List<SourceWord> words) {
    }

    private LineBands() {
    }

    /** The lines of one page, top to bottom, each with its words left to right. */
    static List<PageLine> lines(int page, List<Placed> pageWords) {
        List<Placed> words = new ArrayList<>(pageWords);
        words.sort(Comparator.comparingDouble(w -> (w.y0() + w.y1()) / 2));
        List<Band> bands = new ArrayList<>();
        for (Placed w : words) {
            Band band = null;
            for (int i = bands.size() - 1; i >= Math.max(0, bands.size() - 3) && band == null; i--) {
                if (bands.get(i).holds(w)) {
                    band = bands.get(i);
                }
            }
            if (band == null) {
                bands.add(new Band(w));
            } else {
                band.add(w);
            }
        }
        bands.sort(Comparator.comparingDouble(b -> b.y0));
        List<PageLine> out = new ArrayList<>(bands.size());
        for (Band band : bands) {
            band.words.sort(Comparator.comparingDouble(Placed::x0));
            out.add(line(page, band.words));
        }
        return out;
    }

    private static PageLine line(int page, List<Placed> words) {
        StringBuilder text = new StringBuilder();
        List<SourceWord> placed = new ArrayList<>();
        Placed previous = null;
        for (Placed w : words) {
            if (previous != null) {
                double unit = Math.max(1, Math.min(previous.charWidth(), w.charWidth()) / 2);
                int spaces = (int) Math.round((w.x0() - previous.x1()) / unit);
                text.append(" ".repeat(Math.max(1, Math.min(MAX_GAP_SPACES, spaces))));
            }
            placed.add(new SourceWord(w.text(), text.length(), PdfExtractor.box(page, w.x0(), w.y0(), w.x1(), w.y1()),
                    w.confidence()));
            text.append(w.text());
            previous = w;
        }
        return new PageLine(page, text.toString(), placed);
    }

    /** Words of one visual line and the vertical band they occupy. */
    private static final class Band {
        final List<Placed> words = new ArrayList<>();
        double y0;
        double y1;

        Band(Placed first) {
            words.add(first);
            y0 = first.y0();
            y1 = first.y1();
        }

        boolean holds(Placed w) {
            double overlap = Math.min(y1, w.y1()) - Math.max(y0, w.y0());
            return overlap >= MIN_OVERLAP * Math.min(y1 - y0, w.height());
        }

        void add(Placed w) {
            words.add(w);
            y0 = Math.min(y0, w.y0());
            y1 = Math.max(y1, w.y1());
        }
    }
}
