package nianbao.review;

import nianbao.format.CellNames;
import nianbao.model.CellRef;
import nianbao.model.FormatVersion;

/** The printed (Chinese) labels of a cell or row, as the format writes them, e.g. {@code 规章 本年废止件数}. */
final class CellLabels {
    private CellLabels() {
    }

    /** Row label, then column label when there is a column; the keys themselves when the format lacks them. */
    static String of(FormatVersion template, String table, String row, String column) {
        String rowLabel = CellNames.row(template, table, row);
        if (rowLabel == null) {
            return new CellRef(table, row, column).toString();
        }
        if (column == null) {
            return rowLabel;
        }
        String columnLabel = CellNames.column(template, table, row, column);
        return rowLabel + " " + (columnLabel == null ? column : columnLabel);
    }

    static String of(FormatVersion template, CellRef ref) {
        return of(template, ref.table(), ref.row(), ref.column());
    }
}
