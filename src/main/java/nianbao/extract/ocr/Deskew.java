package nianbao.extract.ocr;

/**
 * Straightens a scanned page: finds the small angle (within ±{@link #MAX_DEGREES}°) at which the page's rows of text
 * and rules line up best with the image's rows — where the dark pixels' row profile is most sharply peaked — and
 * turns the page back by it, so that a table's rows stay rows and its columns stay columns.
 */
final class Deskew {
    static final double MAX_DEGREES = 2.5;
    private static final double STEP = 0.1;
    private static final double COARSE_STEP = 0.5;
    private static final int WORK_WIDTH = 700;
    private static final int DARK = 128;

    private Deskew() {
    }

    /** The page's skew in degrees (positive: the text runs down to the right). */
    static double angle(GreyImage page) {
        double scale = Math.min(1.0, (double) WORK_WIDTH / page.width());
        GreyImage small = page.resized(Math.max(1, (int) (page.width() * scale)), Math.max(1, (int) (page.height() * scale)));
        int w = small.width();
        int h = small.height();
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < w * h; i++) {
            dark[i] = small.pixel(i) < DARK;
        }
        // coarse, then fine around the best coarse angle
        double coarse = best(dark, w, h, -MAX_DEGREES, MAX_DEGREES, COARSE_STEP);
        double best = best(dark, w, h, coarse - COARSE_STEP, coarse + COARSE_STEP, STEP);
        return Math.abs(best) < STEP / 2 ? 0 : best;
    }

    /** The angle between {@code from} and {@code to} (every {@code step}) at which the row profile is sharpest. */
    private static double best(boolean[] dark, int w, int h, double from, double to, double step) {
        double best = 0;
        double bestScore = -1;
        for (double degrees = from; degrees <= to + 1e-9; degrees += step) {
            double slope = Math.tan(Math.toRadians(degrees));
            long[] rows = new long[h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    if (dark[y * w + x]) {
                        int row = (int) Math.round(y - x * slope);
                        if (row >= 0 && row < h) {
                            rows[row]++;
                        }
                    }
                }
            }
            double score = 0;
            for (int y = 1; y < h; y++) {
                double d = rows[y] - rows[y - 1];
                score += d * d;
            }
            if (score > bestScore + 1e-6 || (Math.abs(score - bestScore) <= 1e-6 && Math.abs(degrees) < Math.abs(best))) {
                bestScore = score;
                best = degrees;
            }
        }
        return best;
    }

    /** The page turned by {@code -degrees} about its centre, white where nothing was. */
    static GreyImage straightened(GreyImage page, double degrees) {
        if (degrees == 0) {
            return page;
        }
        int w = page.width();
        int h = page.height();
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = w / 2.0;
        double cy = h / 2.0;
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                // where this pixel of the straight page lies on the skewed one
                double sx = cos * (x - cx) - sin * (y - cy) + cx;
                double sy = sin * (x - cx) + cos * (y - cy) + cy;
                boolean inside = sx >= 0 && sy >= 0 && sx <= w - 1 && sy <= h - 1;
                out[y * w + x] = (byte) (inside ? page.bilinear(sx, sy) : 255);
            }
        }
        return new GreyImage(w, h, out);
    }
}
