package nianbao.parse;

import java.util.List;

/**
 * Places the cells of a row in a delimited layout (tabs, pipes, one cell per line), where every cell exists but a row
 * may carry extra empty cells from merged label columns: the values are the run of n cells that holds every
 * non-empty one, and where several runs would do, the offset most rows of the same table use decides.
 */
final class CellWindow {
    static final String AMBIGUOUS_DOUBT = "无法确定空白单元格所在列";
    /** A delimited row whose values do not fit in its columns in any run of cells. */
    static final String TOO_MANY_DOUBT = "此行数值多于列数，无法确定各值所在列";
    private CellWindow() {
    }

    /** The offsets at which a run of n cells holds every non-blank token, in increasing order. */
    static int[] candidateOffsets(List<Token> cells, int n) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (cells.size() <= n) {
            return new int[]{0};
        }
        if (first < 0) {
            first = 0;
            last = 0;
        }
        int lo = Math.max(0, last - n + 1);
        int hi = Math.min(first, cells.size() - n);
        if (hi < lo) {
            return new int[0];
        }
        int[] offsets = new int[hi - lo + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = lo + i;
        }
        return offsets;
    }

    static Placement place(List<Token> cells, int n, int offset, String doubt) {
        int[] columns = new int[cells.size()];
        String[] doubts = new String[n];
        for (int i = 0; i < cells.size(); i++) {
            int c = i - offset;
            columns[i] = c >= 0 && c < n ? c : -1;
        }
        if (cells.size() - offset < n || doubt != null) {
            for (int c = 0; c < n; c++) {
                doubts[c] = doubt != null ? doubt : (c >= cells.size() - offset ? "此行单元格数少于列数" : null);
            }
        }
        return new Placement(columns, doubts);
    }

    /**
     * A delimited row with several possible windows: each is an option, the one the rest of the table suggests
     * (the offset other rows of its shape use, or the header's first column) first and preferred, so that it stands
     * where the sums cannot tell the windows apart but yields where they can.
     */
    static RowReading reading(List<nianbao.model.CellRef> refs, Token label, List<Token> cells, int[] offsets,
                              Integer preferred) {
        int n = refs.size();
        List<Placement> options = new java.util.ArrayList<>();
        List<Double> fit = new java.util.ArrayList<>();
        if (preferred != null) {
            options.add(place(cells, n, preferred, null));
            fit.add(0.0);
        }
        for (int offset : offsets) {
            if (preferred == null || offset != preferred) {
                options.add(place(cells, n, offset, null));
                fit.add(1.0);
            }
        }
        double[] fits = preferred == null ? null : fit.stream().mapToDouble(Double::doubleValue).toArray();
        return new RowReading(refs, label, cells, options, fits, AMBIGUOUS_DOUBT);
    }
}
