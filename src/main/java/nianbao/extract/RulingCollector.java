package nianbao.extract;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the vertical lines a page draws — stroked lines and thin filled rectangles, as Word and WPS draw table
 * borders — so that the parser can prove a value's column from the table's own ruling.
 *
 * <p>It listens to the path operators of the same pass over the content stream that reads the text (the text
 * stripper installs {@link #operators(PDFStreamEngine)}), so a page's content is parsed once. Points are taken through
 * the current transformation matrix, as a graphics engine would; glyphs (Type 3 procedures included) draw no borders.
 */
final class RulingCollector {
    private static final double MAX_WIDTH = 2.5;
    private static final double MIN_LENGTH = 4;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private Point2D current;
    private int pageNumber;
    private double pageHeight;

    List<Ruling> rulings() {
        return rulings;
    }

    /** Starts a page: what follows is drawn on it. */
    void startPage(PDPage page, int number) {
        pageNumber = number;
        pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
        path.clear();
        current = null;
    }

    /** The processors of the path construction and painting operators, for the engine that reads the page. */
    List<OperatorProcessor> operators(PDFStreamEngine engine) {
        List<OperatorProcessor> out = new ArrayList<>();
        out.add(new Path(engine, "m", 2, p -> current = p[0]));
        out.add(new Path(engine, "l", 2, p -> lineTo(p[0])));
        out.add(new Path(engine, "c", 6, p -> current = p[2]));
        out.add(new Path(engine, "v", 4, p -> current = p[1]));
        out.add(new Path(engine, "y", 4, p -> current = p[1]));
        out.add(new Rectangle(engine));
        for (String close : List.of("h", "W", "W*")) {
            // a closed outline adds no vertical segment the lines or rectangle did not give; a clip draws nothing
            out.add(new Paint(engine, close, () -> { }));
        }
        for (String stroke : List.of("S", "s", "B", "B*", "b", "b*")) {
            out.add(new Paint(engine, stroke, this::stroke));
        }
        for (String fill : List.of("f", "F", "f*")) {
            out.add(new Paint(engine, fill, this::fill));
        }
        out.add(new Paint(engine, "n", path::clear));
        return out;
    }

    private void lineTo(Point2D to) {
        if (current != null) {
            path.add(new double[]{current.getX(), current.getY(), to.getX(), to.getY()});
        }
        current = to;
    }

    private void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new double[]{p0.getX(), p0.getY(), p1.getX(), p1.getY(), p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        current = p0;
    }

    private void stroke() {
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

    private void fill() {
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

    private void addIfVertical(double x0, double y0, double x1, double y1) {
        if (Math.abs(x0 - x1) <= 0.5 && Math.abs(y0 - y1) >= MIN_LENGTH) {
            add((x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1));
        }
    }

    private void add(double x, double yLow, double yHigh) {
        rulings.add(new Ruling(pageNumber, x, pageHeight - yHigh, pageHeight - yLow));
    }

    /** The numeric operands of an operator, or null when there are too few or one is not a number (ignored). */
    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return null;
        }
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber number)) {
                return null;
            }
            out[i] = number.floatValue();
        }
        return out;
    }

    private static Point2D.Float transformed(PDFStreamEngine engine, float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    /** A path construction operator whose operands are pairs of coordinates. */
    private static final class Path extends OperatorProcessor {
        private final String name;
        private final int count;
        private final java.util.function.Consumer<Point2D[]> action;

        Path(PDFStreamEngine engine, String name, int count, java.util.function.Consumer<Point2D[]> action) {
            super(engine);
            this.name = name;
            this.count = count;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            float[] n = numbers(operands, count);
            if (n == null) {
                return;
            }
            Point2D[] points = new Point2D[count / 2];
            for (int i = 0; i < points.length; i++) {
                points[i] = transformed(getContext(), n[2 * i], n[2 * i + 1]);
            }
            action.accept(points);
        }

        @Override
        public String getName() {
            return name;
        }
    }

    /** {@code re}: a rectangle as four transformed corners (a rotated page keeps its borders). */
    private final class Rectangle extends OperatorProcessor {
        Rectangle(PDFStreamEngine engine) {
            super(engine);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            float[] n = numbers(operands, 4);
            if (n == null) {
                return;
            }
            float x = n[0];
            float y = n[1];
            float w = n[2];
            float h = n[3];
            PDFStreamEngine engine = getContext();
            rectangle(transformed(engine, x, y), transformed(engine, x + w, y),
                    transformed(engine, x + w, y + h), transformed(engine, x, y + h));
        }

        @Override
        public String getName() {
            return "re";
        }
    }

    /** A painting (or path-ending) operator: what the path built so far draws. */
    private static final class Paint extends OperatorProcessor {
        private final String name;
        private final Runnable action;

        Paint(PDFStreamEngine engine, String name, Runnable action) {
            super(engine);
            this.name = name;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            action.run();
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
