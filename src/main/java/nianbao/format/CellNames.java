package nianbao.format;

import nianbao.model.FormatVersion;

/**
 * How findings and history entries name a row or a cell in Chinese: the printed label, with its group in front for a
 * numbered sub-row (（三）不予公开 1.属于国家秘密) and for the litigation rows (行政诉讼 复议后起诉). The report's own format
 * is asked first, then the other one, so a row of the old format in a new report is still named.
 */
public final class CellNames {
    private CellNames() {
    }

    /** The printed row label, or null when no format knows the row. */
    public static String row(FormatVersion version, String table, String row) {
        RowSpec spec = spec(version, table, row);
        if (spec == null) {
            return null;
        }
        boolean grouped = spec.group() != null
                && (Character.isDigit(spec.label().charAt(0)) || Formats.REVIEW_LITIGATION.equals(table));
        return grouped ? spec.group() + " " + spec.label() : spec.label();
    }

    /** The printed column label of a row, or null when no format knows the row or the column. */
    public static String column(FormatVersion version, String table, String row, String column) {
        RowSpec spec = spec(version, table, row);
        ColumnSpec c = spec == null || column == null ? null : spec.column(column);
        return c == null ? null : c.label();
    }

    private static RowSpec spec(FormatVersion version, String table, String row) {
        RowSpec spec = find(Formats.of(version), table, row);
        return spec != null ? spec : find(version == FormatVersion.V2019 ? Formats.v2021() : Formats.v2019(), table, row);
    }

    private static RowSpec find(FormatSpec format, String table, String row) {
        TableSpec t = table == null ? null : format.table(table);
        return t == null || row == null ? null : t.row(row);
    }
}
