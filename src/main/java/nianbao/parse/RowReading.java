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
 * @param byOrder   whether the row's label was lost and the row was given its values by the form's order of rows
 *                  alone, which the sums must then confirm
 * @param misreadLabel whether the row was found by a label printed (or recognised) with a character or two wrong
 */
record RowReading(List<CellRef> refs, Token label, List<Token> values, List<Placement> options, double[] fit,
                  String doubt, boolean byOrder, boolean misreadLabel) {
    /** A placement this much (in squared column widths) better than the next one is clearly the layout's. */
    static final double CLEAR_MARGIN = 0.5;

    RowReading {
        refs = List.copyOf(refs);
        values = List.copyOf(values);
        options = List.copyOf(options);
    }

    RowReading(List<CellRef> refs, Token label, List<Token> values, List<Placement> options, double[] fit,
               String doubt) {
        this(refs, label, values, options, fit, doubt, false, false);
    }

    /** This reading, for a row whose label was lost and which the form's order of rows placed. */
    RowReading placedByOrder() {
        return new RowReading(refs, label, values, options, fit, doubt, true, misreadLabel);
    }

    /** This reading, for a row found by a label with a character or two misread. */
    RowReading foundByMisreadLabel() {
        return new RowReading(refs, label, values, options, fit, doubt, byOrder, true);
    }

    /** This reading with every cell of every placement in doubt for the given reason. */
    RowReading withDoubt(String why) {
        List<Placement> doubted = options.stream().map(p -> {
            String[] doubts = p.doubts().clone();
            java.util.Arrays.fill(doubts, why);
            return new Placement(p.columns(), doubts);
        }).toList();
        return new RowReading(refs, label, values, doubted, fit, doubt, byOrder, misreadLabel);
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
