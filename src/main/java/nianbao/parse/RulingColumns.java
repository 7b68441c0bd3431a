package nianbao.parse;

import nianbao.extract.Ruling;
import nianbao.model.Box;

import java.util.ArrayList;
import java.util.List;

/**
 * Proves a row's columns from the table's ruling on a PDF page: the vertical lines that cross the row cut it into
 * cells, the rightmost n cells are its value columns, and each value belongs to the cell it sits in — a cell where
 * nothing sits is blank.
 */
final class RulingColumns {
    private static final double SAME_LINE = 1.5;
    private static final double MIN_CELL = 4;

    private RulingColumns() {
    }

    /** The placement of the row's values, or null when the page has no ruling that proves it. */
    static Placement place(List<Token> values, Token label, List<Ruling> rulings, int n) {
        Token probe = values.isEmpty() ? label : values.get(0);
        Box box = probe.box();
        if (rulings.isEmpty() || box == null || values.stream().anyMatch(v -> v.box() == null)) {
            return null;
        }
        double[][] cells = cells(rulings, box);
        if (cells.length < n) {
            return null;
        }
        int first = cells.length - n;
        int[] columns = new int[values.size()];
        boolean[] taken = new boolean[n];
        for (int i = 0; i < values.size(); i++) {
            int column = cellOf(cells, first, values.get(i).x());
            if (column < 0 || taken[column] || !crossesSameRow(values.get(i).box(), box)) {
                return null;
            }
            taken[column] = true;
            columns[i] = column;
        }
        return Placement.certain(columns, n);
    }

    /** The cells, left to right, that the vertical lines crossing the box's middle cut its line into. */
    private static double[][] cells(List<Ruling> rulings, Box box) {
        List<Double> xs = new ArrayList<>();
        for (Ruling r : rulings) {
            if (r.crosses(box.page(), box.y(), box.y() + box.height())) {
                xs.add(r.x());
            }
        }
        xs.sort(Double::compare);
        List<Double> lines = new ArrayList<>();
        for (double x : xs) {
            if (lines.isEmpty() || x - lines.get(lines.size() - 1) > SAME_LINE) {
                lines.add(x);
            }
        }
        List<double[]> cells = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i + 1) - lines.get(i) >= MIN_CELL) {
                cells.add(new double[]{lines.get(i), lines.get(i + 1)});
            }
        }
        return cells.toArray(double[][]::new);
    }

    private static int cellOf(double[][] cells, int first, double x) {
        for (int c = first; c < cells.length; c++) {
            if (x > cells[c][0] && x < cells[c][1]) {
                return c - first;
            }
        }
        return -1;
    }

    /** Values of one row share its line: their vertical middles lie within the probe's height. */
    private static boolean crossesSameRow(Box value, Box probe) {
        double middle = value.y() + value.height() / 2;
        return value.page() == probe.page() && middle >= probe.y() - probe.height() && middle <= probe.y() + 2 * probe.height();
    }
}
