package nianbao.extract.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the vertical rules of a straightened page image — a table's column borders — as long runs of dark pixels
 * down one column of pixels (short breaks of a faint scan bridged), neighbouring columns of one thick or slightly
 * slanted line joined into one rule. Strokes of characters are far shorter than any border of a table row.
 */
final class RuleFinder {
    private static final int DARK = 200; // borders are often light grey lines: anything clearly darker than paper
    private static final int MAX_BREAK = 4;
    private static final int SLANT = 2;

    /** A vertical rule: its x and its top and bottom, in pixels. */
    record Rule(double x, int top, int bottom) {
    }

    private RuleFinder() {
    }

    /** The rules at least {@code minLength} pixels long. */
    static List<Rule> vertical(GreyImage page, int minLength) {
        int w = page.width();
        int h = page.height();
        // dark within SLANT pixels to either side: a rule a little out of plumb stays one run down a column
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (page.pixel(x, y) < DARK) {
                    for (int d = Math.max(0, x - SLANT); d <= Math.min(w - 1, x + SLANT); d++) {
                        dark[y * w + d] = true;
                    }
                }
            }
        }
        List<int[]> runs = new ArrayList<>(); // x, top, bottom
        for (int x = 0; x < w; x++) {
            int start = -1;
            int lastDark = -1;
            for (int y = 0; y <= h; y++) {
                boolean isDark = y < h && dark[y * w + x];
                if (isDark) {
                    if (start < 0) {
                        start = y;
                    }
                    lastDark = y;
                } else if (start >= 0 && (y == h || y - lastDark > MAX_BREAK)) {
                    if (lastDark - start + 1 >= minLength) {
                        runs.add(new int[]{x, start, lastDark});
                    }
                    start = -1;
                }
            }
        }
        // join runs of neighbouring columns that overlap vertically into one rule
        List<int[]> groups = new ArrayList<>(); // sumX, count, top, bottom, lastX
        List<Rule> rules = new ArrayList<>();
        runs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int[] run : runs) {
            int[] joined = null;
            for (int[] g : groups) {
                if (run[0] - g[4] <= 2 + SLANT && run[1] <= g[3] && run[2] >= g[2]) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                groups.add(new int[]{run[0], 1, run[1], run[2], run[0]});
            } else {
                joined[0] += run[0];
                joined[1]++;
                joined[2] = Math.min(joined[2], run[1]);
                joined[3] = Math.max(joined[3], run[2]);
                joined[4] = run[0];
            }
        }
        for (int[] g : groups) {
            rules.add(new Rule((double) g[0] / g[1], g[2], g[3]));
        }
        return rules;
    }
}
