package nianbao.extract.ocr;

import java.awt.image.BufferedImage;

/**
 * A page image as grey levels 0–255, row by row: what detection, recognition and the search for ruling lines read.
 * Colour is dropped the way a scanner's grey mode would, except that a red seal is lightened, not darkened, so that
 * digits under it stay legible.
 */
final class GreyImage {
    private final int width;
    private final int height;
    private final byte[] pixels;

    GreyImage(int width, int height, byte[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    static GreyImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            // the samples as scanned: getRGB would take them for linear grey and lighten every stroke's edge
            image.getRaster().getDataElements(0, 0, w, h, out);
            return new GreyImage(w, h, out);
        }
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                // red ink (a seal) is much redder than it is green or blue: keep its lightest channel's brightness
                int grey = r > g + 60 && r > b + 60 ? Math.max(g, b) + (255 - Math.max(g, b)) * 3 / 4
                        : (r * 299 + g * 587 + b * 114) / 1000;
                out[y * w + x] = (byte) grey;
            }
        }
        return new GreyImage(w, h, out);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The grey level of the i-th pixel, row by row. */
    int pixel(int i) {
        return pixels[i] & 0xff;
    }

    int pixel(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    /** Scaled to w × h by area averaging (downscale) or bilinear sampling (upscale). */
    GreyImage resized(int w, int h) {
        byte[] out = new byte[w * h];
        double sx = (double) width / w;
        double sy = (double) height / h;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) sample(x, y, sx, sy);
            }
        }
        return new GreyImage(w, h, out);
    }

    private int sample(int x, int y, double sx, double sy) {
        if (sx <= 1 && sy <= 1) {
            return bilinear(Math.max(0, (x + 0.5) * sx - 0.5), Math.max(0, (y + 0.5) * sy - 0.5));
        }
        int x0 = (int) Math.floor(x * sx);
        int y0 = (int) Math.floor(y * sy);
        int x1 = Math.max(x0 + 1, Math.min(width, (int) Math.floor((x + 1) * sx)));
        int y1 = Math.max(y0 + 1, Math.min(height, (int) Math.floor((y + 1) * sy)));
        long sum = 0;
        for (int yy = y0; yy < y1; yy++) {
            for (int xx = x0; xx < x1; xx++) {
                sum += pixel(xx, yy);
            }
        }
        return (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
    }

    /** The grey level at a point between pixels (0 ≤ x, y), interpolated from its four neighbours. */
    int bilinear(double x, double y) {
        int x0 = Math.min(width - 1, (int) x);
        int y0 = Math.min(height - 1, (int) y);
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double ax = x - x0;
        double ay = y - y0;
        double top = pixel(x0, y0) * (1 - ax) + pixel(x1, y0) * ax;
        double bottom = pixel(x0, y1) * (1 - ax) + pixel(x1, y1) * ax;
        return (int) Math.round(top * (1 - ay) + bottom * ay);
    }

    /** The part of the image inside the rectangle (clipped to the image). */
    GreyImage crop(int x, int y, int w, int h) {
        int cx = Math.max(0, x);
        int cy = Math.max(0, y);
        int cw = Math.min(width, x + w) - cx;
        int ch = Math.min(height, y + h) - cy;
        byte[] out = new byte[Math.max(0, cw) * Math.max(0, ch)];
        for (int row = 0; row < ch; row++) {
            System.arraycopy(pixels, (cy + row) * width + cx, out, row * cw, cw);
        }
        return new GreyImage(Math.max(0, cw), Math.max(0, ch), out);
    }
}
