package nianbao.parse;

import nianbao.model.CellRef;

import java.util.List;

/**
 * What the layout says about one row before the sums are asked: the cells it fills (in column order), the value
 * tokens read for it, and the placements of those tokens that the layout allows, least disturbing first. One option
 * means the layout proves the placement; several leave the choice to the form's sums.
 *
 * @param refs      the cells of the row, in column order (15 for the one line of table 四)
 * @param label     the token the row was found by (the provenance of cells nothing was printed in)
 * @param options   the allowed placements, the layout's preference first; never empty
 * @param fit       per option, how badly the words' positions fit it (ascending), or null when the layout has no
 *                  positions to compare
 * @param doubt     why the row is uncertain when the sums cannot choose
 */
record RowReading(List<CellRef> refs, Token label, List<Token> values, List<Placement> options, double[] fit,
                  String doubt) {
    /** A placement this much (in squared column widths) better than the next one is clearly the layout's. */
    static final double CLEAR_MARGIN = 0.5;

    RowReading {
        refs = List.copyOf(refs);
        values = List.copyOf(values);
        options = List.copyOf(options);
    }

    static RowReading proven(List<CellRef> refs, Token label, List<Token> values, Placement placement) {
        return new RowReading(refs, label, values, List.of(placement), null, null);
    }

    boolean ambiguous() {
        return options.size() > 1;
    }

    int columnCount() {
        return refs.size();
    }

    /** The raw text option {@code o} puts in column {@code c}, or null when it leaves the column blank. */
    String textAt(int o, int c) {
        int[] columns = options.get(o).columns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == c) {
                return values.get(i).text();
            }
        }
        return null;
    }
}
