package nianbao.parse;

import nianbao.model.CellText;
import java.math.BigDecimal;
import java.util.List;

/**
 * Places the values of a space-aligned row that prints fewer values than the table has columns (blank cells leave
 * no trace in plain text). Every order-keeping placement is scored by how well the words' horizontal positions fit
 * the table's column positions and by whether the row then adds up; the best one wins. Blank cells of such a row are
 * always marked uncertain, and so is every cell when two placements score alike or the layout has no positions.
 */
final class AlignedPlacer {
    private static final double CLEAR_MARGIN = 0.5;
    static final String BLANK_DOUBT = "纯文本无法证明空白单元格的位置，按版面位置推断";
    static final String AMBIGUOUS_DOUBT = "纯文本中此行数值少于列数，数值所在列无法确定";

    private AlignedPlacer() {
    }

    /**
     * @param ratios each column's horizontal position divided by the last column's, or null when positions mean
     *               nothing (single-space text): then only the arithmetic decides and every cell is uncertain
     */
    static Placement place(List<Token> values, int n, double[] ratios, RowShape shape) {
        int k = Math.min(values.size(), n);
        BigDecimal[] numbers = new BigDecimal[k];
        for (int i = 0; i < k; i++) {
            Token t = values.get(i);
            numbers[i] = t.isNumber() ? CellText.number(t.text()) : null;
        }
        int[] best = null;
        double bestScore = Double.MAX_VALUE;
        double secondScore = Double.MAX_VALUE;
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        while (true) {
            double score = score(values, combo, numbers, n, ratios, shape);
            if (score < bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = combo.clone();
            } else if (score < secondScore) {
                secondScore = score;
            }
            if (!next(combo, n)) {
                break;
            }
        }
        int[] columns = new int[values.size()];
        java.util.Arrays.fill(columns, -1);
        System.arraycopy(best, 0, columns, 0, k);
        boolean clear = ratios != null && secondScore - bestScore >= CLEAR_MARGIN;
        String[] doubts = new String[n];
        boolean[] filled = new boolean[n];
        for (int c : best) {
            filled[c] = true;
        }
        for (int c = 0; c < n; c++) {
            if (!clear) {
                doubts[c] = AMBIGUOUS_DOUBT;
            } else if (!filled[c]) {
                doubts[c] = BLANK_DOUBT;
            }
        }
        return new Placement(columns, doubts);
    }

    private static double score(List<Token> values, int[] combo, BigDecimal[] numbers, int n, double[] ratios,
                                RowShape shape) {
        BigDecimal[] byColumn = new BigDecimal[n];
        boolean[] filled = new boolean[n];
        for (int i = 0; i < combo.length; i++) {
            byColumn[combo[i]] = numbers[i];
            filled[combo[i]] = true;
        }
        double penalty = shape.penalty(byColumn, filled);
        return ratios == null ? penalty : penalty + positionError(values, combo, ratios, n);
    }

    /** Squared distance, in column widths, between the words and the columns they are placed in (scale fitted). */
    private static double positionError(List<Token> values, int[] combo, double[] ratios, int n) {
        double sxr = 0;
        double srr = 0;
        for (int i = 0; i < combo.length; i++) {
            sxr += values.get(i).x() * ratios[combo[i]];
            srr += ratios[combo[i]] * ratios[combo[i]];
        }
        double scale = srr == 0 ? 1 : sxr / srr;
        double columnWidth = Math.max(scale * (ratios[n - 1] - ratios[0]) / Math.max(1, n - 1), 1e-9);
        double error = 0;
        for (int i = 0; i < combo.length; i++) {
            double d = (values.get(i).x() - scale * ratios[combo[i]]) / columnWidth;
            error += d * d;
        }
        return error;
    }

    /** Advances to the next k-combination of 0..n-1 in lexicographic order. */
    private static boolean next(int[] combo, int n) {
        int k = combo.length;
        int i = k - 1;
        while (i >= 0 && combo[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        combo[i]++;
        for (int j = i + 1; j < k; j++) {
            combo[j] = combo[j - 1] + 1;
        }
        return true;
    }
}
