package nianbao.parse;

import nianbao.model.CellRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The placements a row allows when it prints fewer values than the table has columns and nothing marks its blank
 * cells (plain text): every order-keeping placement, ranked by how well the words' horizontal positions fit the
 * table's column positions. Where the positions single out one placement clearly, the layout prefers it; where the
 * text has no positions (single spaces, one value per line), every placement is allowed and the form's sums choose.
 */
final class AlignedPlacer {
    /** Placements this much worse than the best fit are not allowed by the layout at all. */
    private static final double ALLOWED_MARGIN = 4.0;
    /** With more placements than this (a long line of table 四 with few values), only the best are kept. */
    private static final int MAX_OPTIONS = 7000;
    static final String AMBIGUOUS_DOUBT = "纯文本中此行数值少于列数，数值所在列无法确定";

    private AlignedPlacer() {
    }

    /**
     * @param ratios each column's horizontal position divided by the last column's, or null when positions mean
     *               nothing (single-space text, one value per line)
     */
    static RowReading reading(List<CellRef> refs, Token label, List<Token> values, double[] ratios) {
        return reading(refs, label, values, ratios, false);
    }

    /**
     * A delimited row with fewer cells than columns: its cells most likely stand in the leading columns (the trailing
     * ones left out), but a cell lost or merged in the middle shifts the rest, so every order-keeping placement is
     * allowed, the left-aligned one preferred, and the sums choose.
     */
    static RowReading shortRow(List<CellRef> refs, Token label, List<Token> values) {
        RowReading reading = reading(refs, label, values, null, true);
        return new RowReading(refs, label, values, reading.options(), null, SHORT_ROW_DOUBT);
    }

    static final String SHORT_ROW_DOUBT = "此行单元格数少于列数，数值所在列无法确定";

    private static RowReading reading(List<CellRef> refs, Token label, List<Token> values, double[] ratios,
                                      boolean leftAligned) {
        int n = refs.size();
        int k = Math.min(values.size(), n);
        List<int[]> combos = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int[] combo = new int[k];
        for (int i = 0; i < k; i++) {
            combo[i] = i;
        }
        while (true) {
            combos.add(combo.clone());
            scores.add(leftAligned ? shift(combo) : ratios == null ? prior(combo, n)
                    : positionError(values, combo, ratios, n));
            if (!next(combo, n)) {
                break;
            }
        }
        Integer[] order = new Integer[combos.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(scores::get));
        double best = scores.get(order[0]);
        List<Placement> options = new ArrayList<>();
        List<Double> fit = new ArrayList<>();
        for (Integer i : order) {
            if ((ratios != null && scores.get(i) > best + ALLOWED_MARGIN) || options.size() >= MAX_OPTIONS) {
                break;
            }
            int[] columns = new int[values.size()];
            java.util.Arrays.fill(columns, -1);
            System.arraycopy(combos.get(i), 0, columns, 0, k);
            options.add(Placement.certain(columns, n));
            fit.add(scores.get(i));
        }
        double[] fits = ratios == null ? null : fit.stream().mapToDouble(Double::doubleValue).toArray();
        return new RowReading(refs, label, values, options, fits, AMBIGUOUS_DOUBT);
    }

    /**
     * Without positions, the least disturbing reading: the last value in the last column (a row's total is printed
     * even where its parts are blank), then the values as far left as they go.
     */
    private static double prior(int[] combo, int n) {
        if (combo.length == 0) {
            return 0;
        }
        double score = combo[combo.length - 1] == n - 1 ? 0 : 1;
        for (int i = 0; i < combo.length - 1; i++) {
            score += (combo[i] - i) * 0.001;
        }
        return score;
    }

    /** How far right of the leading columns the values are placed. */
    private static double shift(int[] combo) {
        double score = 0;
        for (int i = 0; i < combo.length; i++) {
            score += combo[i] - i;
        }
        return score;
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
