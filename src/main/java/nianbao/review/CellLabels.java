package nianbao.review;

import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;
import nianbao.model.FormatVersion;

/** The printed (Chinese) labels of a cell or row, as the format writes them, e.g. {@code 规章 本年废止件数}. */
final class CellLabels {
    private CellLabels() {
    }

    /** Row label, then column label when there is a column; the keys themselves when the format lacks them. */
    static String of(FormatVersion template, String table, String row, String column) {
        RowSpec spec = row(Formats.of(template), table, row);
        if (spec == null) {
            spec = row(template == FormatVersion.V2019 ? Formats.v2021() : Formats.v2019(), table, row);
        }
        if (spec == null) {
            return new CellRef(table, row, column).toString();
        }
        String rowLabel = grouped(spec, table) ? spec.group() + " " + spec.label() : spec.label();
        if (column == null) {
            return rowLabel;
        }
        ColumnSpec c = spec.column(column);
        return rowLabel + " " + (c == null ? column : c.label());
    }

    static String of(FormatVersion template, CellRef ref) {
        return of(template, ref.table(), ref.row(), ref.column());
    }

    /** A numbered sub-row (1.属于国家秘密) and the litigation rows are named with their group. */
    private static boolean grouped(RowSpec spec, String table) {
        return spec.group() != null && (Character.isDigit(spec.label().charAt(0))
                || Formats.REVIEW_LITIGATION.equals(table));
    }

    private static RowSpec row(FormatSpec format, String table, String row) {
        TableSpec t = table == null ? null : format.table(table);
        return t == null || row == null ? null : t.row(row);
    }
}
