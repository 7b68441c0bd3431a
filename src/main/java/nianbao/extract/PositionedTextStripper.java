package nianbao.extract;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A PDFBox text stripper that keeps every word with its box and rebuilds the visual lines of each page itself, by
 * vertical overlap (PDFBox's own grouping can send a word of a table row to the next line when fonts differ), then
 * writes each line's text with spaces standing for the gaps between words, so the text reads like the page. The
 * same pass over each content stream collects the table rulings ({@link RulingCollector}).
 */
final class PositionedTextStripper extends PDFTextStripper {
    private static final int MAX_GAP_SPACES = 40;
    private static final double MIN_OVERLAP = 0.5;

    /** One visual line of a page. */
    record PageLine(int page, String text, List<SourceWord> words) {
    }

    private record Word(String text, double x0, double y0, double x1, double y1, double charWidth) {
        double height() {
            return Math.max(0.1, y1 - y0);
        }
    }

    /** Words of one visual line and the vertical band they occupy. */
    private static final class Band {
        final List<Word> words = new ArrayList<>();
        double y0;
        double y1;

        Band(Word first) {
            words.add(first);
            y0 = first.y0();
            y1 = first.y1();
        }

        boolean holds(Word w) {
            double overlap = Math.min(y1, w.y1()) - Math.max(y0, w.y0());
            return overlap >= MIN_OVERLAP * Math.min(y1 - y0, w.height());
        }

        void add(Word w) {
            words.add(w);
            y0 = Math.min(y0, w.y0());
            y1 = Math.max(y1, w.y1());
        }
    }

    private final List<PageLine> lines = new ArrayList<>();
    private final List<Word> pageWords = new ArrayList<>();
    private final RulingCollector rulings = new RulingCollector();

    PositionedTextStripper() throws java.io.IOException {
        setSortByPosition(true);
        rulings.operators(this).forEach(this::addOperator);
    }

    List<PageLine> lines() {
        return lines;
    }

    /** The vertical lines the pages drew, found in the same pass as the text. */
    List<Ruling> rulings() {
        return rulings.rulings();
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws java.io.IOException {
        super.startPage(page);
        rulings.startPage(page, getCurrentPageNo());
    }

    /** Every operator of a page's content stream is a checkpoint of the document's budget. */
    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                   List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
        nianbao.model.WorkBudget.checkpoint();
        super.processOperator(operator, operands);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        double widths = 0;
        for (TextPosition p : positions) {
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y0 = Math.min(y0, p.getYDirAdj() - p.getHeightDir());
            y1 = Math.max(y1, p.getYDirAdj());
            widths += p.getWidthDirAdj();
        }
        pageWords.add(new Word(text.strip(), x0, y0, x1, y1, widths / positions.size()));
    }

    @Override
    protected void writePageEnd() {
        List<Word> words = new ArrayList<>(pageWords);
        pageWords.clear();
        words.sort(Comparator.comparingDouble(w -> (w.y0() + w.y1()) / 2));
        List<Band> bands = new ArrayList<>();
        for (Word w : words) {
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
        int page = getCurrentPageNo();
        for (Band band : bands) {
            band.words.sort(Comparator.comparingDouble(Word::x0));
            lines.add(line(page, band.words));
        }
    }

    private static PageLine line(int page, List<Word> words) {
        StringBuilder text = new StringBuilder();
        List<SourceWord> placed = new ArrayList<>();
        Word previous = null;
        for (Word w : words) {
            if (previous != null) {
                double unit = Math.max(1, Math.min(previous.charWidth(), w.charWidth()) / 2);
                int spaces = (int) Math.round((w.x0() - previous.x1()) / unit);
                text.append(" ".repeat(Math.max(1, Math.min(MAX_GAP_SPACES, spaces))));
            }
            placed.add(new SourceWord(w.text(), text.length(), PdfExtractor.box(page, w.x0(), w.y0(), w.x1(), w.y1())));
            text.append(w.text());
            previous = w;
        }
        return new PageLine(page, text.toString(), placed);
    }
}
