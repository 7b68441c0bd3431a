package nianbao.parse;

import nianbao.model.Box;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a table's column positions on a page from its header words: narrow words (结果 / 维持, 商业 / 企业) that sit
 * over one column define it, words spanning several columns (行政诉讼, 法人或其他组织) are left out. With the columns
 * known, a value's column is proven by where it sits, and a column where nothing sits is proven blank.
 */
final class HeaderColumns {
    private static final double MARGIN = 30;

    private HeaderColumns() {
    }

    /** The centres of exactly n columns, left to right, or null when the header words do not give n columns. */
    static double[] centers(List<Token> header, List<Token> values, int n) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v.box() == null)) {
            return null;
        }
        double min = values.stream().mapToDouble(v -> v.box().x()).min().orElse(0) - MARGIN;
        double max = values.stream().mapToDouble(v -> v.box().x() + v.box().width()).max().orElse(0) + MARGIN;
        List<Token> words = new ArrayList<>();
        for (Token t : header) {
            Box b = t.box();
            if (t.isText() && b != null && b.x() >= min && b.x() + b.width() <= max) {
                words.add(t);
            }
        }
        words.sort(Comparator.comparingDouble(t -> t.box().width()));
        List<double[]> clusters = new ArrayList<>();
        for (Token t : words) {
            double x0 = t.box().x();
            double x1 = x0 + t.box().width();
            List<double[]> overlapping = clusters.stream().filter(c -> c[0] < x1 && x0 < c[1]).toList();
            if (overlapping.isEmpty()) {
                clusters.add(new double[]{x0, x1});
            } else if (overlapping.size() == 1) {
                double[] c = overlapping.get(0);
                c[0] = Math.min(c[0], x0);
                c[1] = Math.max(c[1], x1);
            }
        }
        if (clusters.size() != n) {
            return null;
        }
        clusters.sort(Comparator.comparingDouble(c -> c[0]));
        double[] centers = new double[n];
        for (int i = 0; i < n; i++) {
            centers[i] = (clusters.get(i)[0] + clusters.get(i)[1]) / 2;
        }
        return centers;
    }

    /** Places each value in the column whose centre is nearest; null if two values would share a column. */
    static Placement place(List<Token> values, double[] centers) {
        int n = centers.length;
        int[] columns = new int[values.size()];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i).x();
            int best = 0;
            for (int c = 1; c < n; c++) {
                if (Math.abs(centers[c] - x) < Math.abs(centers[best] - x)) {
                    best = c;
                }
            }
            if (taken[best]) {
                return null;
            }
            taken[best] = true;
            columns[i] = best;
        }
        return Placement.certain(columns, n);
    }
}
