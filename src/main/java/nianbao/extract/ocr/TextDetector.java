package nianbao.extract.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.awt.Rectangle;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the text on a page image with the DB detection network: the page is scaled so its longer side is at most
 * {@link #MAX_SIDE} (a multiple of 32), the network gives each pixel a probability of being text, and each connected
 * region above the threshold whose mean probability is high enough becomes a box, grown back by the margin the
 * network was trained to shrink text by, in the coordinates of the original image.
 */
final class TextDetector {
    static final int MAX_SIDE = 1280;
    private static final float PIXEL_THRESHOLD = 0.3f;
    private static final float BOX_THRESHOLD = 0.5f;
    private static final double UNCLIP_RATIO = 1.6;
    private static final int MIN_SIDE = 3;
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OcrModels models;

    TextDetector(OcrModels models) {
        this.models = models;
    }

    /** The text boxes of a grey page (values 0–255, row by row), largest side scaled as the network needs. */
    List<Rectangle> detect(GreyImage page) throws OrtException {
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(page.width(), page.height()));
        int w = Math.max(32, (int) Math.round(page.width() * scale / 32) * 32);
        int h = Math.max(32, (int) Math.round(page.height() * scale / 32) * 32);
        GreyImage small = page.resized(w, h);
        FloatBuffer input = FloatBuffer.allocate(3 * w * h);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < w * h; i++) {
                input.put(((small.pixel(i) / 255f) - MEAN[c]) / STD[c]);
            }
        }
        input.rewind();
        float[][] probability;
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, input, new long[]{1, 3, h, w});
             OrtSession.Result result = models.detection.run(Map.of(inputName(), tensor))) {
            probability = ((float[][][][]) result.get(0).getValue())[0][0];
        }
        double sx = (double) page.width() / w;
        double sy = (double) page.height() / h;
        List<Rectangle> boxes = new ArrayList<>();
        for (Region region : regions(probability, w, h)) {
            if (region.score() < BOX_THRESHOLD || region.width() < MIN_SIDE || region.height() < MIN_SIDE) {
                continue;
            }
            double area = (double) region.width() * region.height();
            double grow = area * UNCLIP_RATIO / (2.0 * (region.width() + region.height()));
            int x0 = (int) Math.floor(Math.max(0, (region.x0() - grow) * sx));
            int y0 = (int) Math.floor(Math.max(0, (region.y0() - grow) * sy));
            int x1 = (int) Math.ceil(Math.min(page.width(), (region.x1() + 1 + grow) * sx));
            int y1 = (int) Math.ceil(Math.min(page.height(), (region.y1() + 1 + grow) * sy));
            boxes.add(new Rectangle(x0, y0, x1 - x0, y1 - y0));
        }
        return boxes;
    }

    private String inputName() {
        return models.detection.getInputNames().iterator().next();
    }

    /** A connected region of text pixels: its bounding box and mean probability. */
    private record Region(int x0, int y0, int x1, int y1, double score) {
        int width() {
            return x1 - x0 + 1;
        }

        int height() {
            return y1 - y0 + 1;
        }
    }

    /** The 4-connected regions of pixels above the threshold, by a flood fill with an explicit stack. */
    private static List<Region> regions(float[][] p, int w, int h) {
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[w * h];
        List<Region> out = new ArrayList<>();
        for (int start = 0; start < w * h; start++) {
            if (seen[start] || p[start / w][start % w] <= PIXEL_THRESHOLD) {
                continue;
            }
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            int x0 = w;
            int y0 = h;
            int x1 = -1;
            int y1 = -1;
            double sum = 0;
            int count = 0;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                sum += p[y][x];
                count++;
                if (x > 0) {
                    top = push(p, seen, stack, top, i - 1, w);
                }
                if (x < w - 1) {
                    top = push(p, seen, stack, top, i + 1, w);
                }
                if (y > 0) {
                    top = push(p, seen, stack, top, i - w, w);
                }
                if (y < h - 1) {
                    top = push(p, seen, stack, top, i + w, w);
                }
            }
            out.add(new Region(x0, y0, x1, y1, sum / count));
        }
        return out;
    }

    private static int push(float[][] p, boolean[] seen, int[] stack, int top, int i, int w) {
        if (!seen[i] && p[i / w][i % w] > PIXEL_THRESHOLD) {
            seen[i] = true;
            stack[top++] = i;
        }
        return top;
    }
}
