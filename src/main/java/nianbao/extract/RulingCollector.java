package nianbao.extract;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the vertical lines a page draws — stroked lines and thin filled rectangles, as Word and WPS draw table
 * borders — so that the parser can prove a value's column from the table's own ruling.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private static final double MAX_WIDTH = 2.5;
    private static final double MIN_LENGTH = 4;

    private final int pageNumber;
    private final double pageHeight;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private Point2D current;

    RulingCollector(PDPage page, int pageNumber) {
        super(page);
        this.pageNumber = pageNumber;
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    static List<Ruling> of(PDPage page, int pageNumber) throws IOException {
        RulingCollector collector = new RulingCollector(page, pageNumber);
        collector.processPage(page);
        return collector.rulings;
    }

    /** Every operator of a page's content stream is a checkpoint of the document's budget. */
    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                   java.util.List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
        nianbao.model.WorkBudget.checkpoint();
        super.processOperator(operator, operands);
    }

    /** Text draws no borders; the text stripper has read it already, so its glyphs are not decoded again here. */
    @Override
    public void showTextString(byte[] string) {
        // nothing: see above
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
        // nothing: see above
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new double[]{p0.getX(), p0.getY(), p1.getX(), p1.getY(), p2.getX(), p2.getY(), p3.getX(), p3.getY()});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            path.add(new double[]{current.getX(), current.getY(), x, y});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed outline adds no vertical segment of its own that the rectangle or lines did not already give
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (double[] p : path) {
            if (p.length == 4) {
                addIfVertical(p[0], p[1], p[2], p[3]);
            } else {
                for (int i = 0; i < 8; i += 2) {
                    addIfVertical(p[i], p[i + 1], p[(i + 2) % 8], p[(i + 3) % 8]);
                }
            }
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] p : path) {
            if (p.length == 8) {
                double minX = Math.min(Math.min(p[0], p[2]), Math.min(p[4], p[6]));
                double maxX = Math.max(Math.max(p[0], p[2]), Math.max(p[4], p[6]));
                double minY = Math.min(Math.min(p[1], p[3]), Math.min(p[5], p[7]));
                double maxY = Math.max(Math.max(p[1], p[3]), Math.max(p[5], p[7]));
                if (maxX - minX <= MAX_WIDTH && maxY - minY >= MIN_LENGTH) {
                    add((minX + maxX) / 2, minY, maxY);
                }
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // shadings draw no borders
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images draw no borders
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn
    }

    private void addIfVertical(double x0, double y0, double x1, double y1) {
        if (Math.abs(x0 - x1) <= 0.5 && Math.abs(y0 - y1) >= MIN_LENGTH) {
            add((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1));
        }
    }

    private void add(double x, double yLow, double yHigh) {
        rulings.add(new Ruling(pageNumber, x, pageHeight - yHigh, pageHeight - yLow));
    }
}
