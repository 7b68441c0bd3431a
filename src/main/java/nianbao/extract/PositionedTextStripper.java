package nianbao.extract;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.util.ArrayList;
import java.util.List;

/**
 * A PDFBox text stripper that keeps every word with its box and rebuilds the visual lines of each page itself
 * ({@link LineBands}: PDFBox's own grouping can send a word of a table row to the next line when fonts differ). The
 * same pass over each content stream collects the table rulings ({@link RulingCollector}).
 */
final class PositionedTextStripper extends PDFTextStripper {
    private final List<LineBands.PageLine> lines = new ArrayList<>();
    private final List<LineBands.Placed> pageWords = new ArrayList<>();
    private final RulingCollector rulings = new RulingCollector();

    PositionedTextStripper() throws java.io.IOException {
        setSortByPosition(true);
        rulings.operators(this).forEach(this::addOperator);
    }

    List<LineBands.PageLine> lines() {
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
        pageWords.add(new LineBands.Placed(text.strip(), x0, y0, x1, y1, widths / positions.size(), null));
    }

    @Override
    protected void writePageEnd() {
        lines.addAll(LineBands.lines(getCurrentPageNo(), pageWords));
        pageWords.clear();
    }
}
