package nianbao.check;

import nianbao.format.CellNames;
import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.format.ValueKind;
import nianbao.model.Report;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** Looks up the format's row and column specs for a report (cached: the checks run on every keystroke). */
final class Specs {
    private static final FormatSpec[] ALL = {Formats.v2021(), Formats.v2019()};
    /** Row specs by format and "table/row", built once so a lookup is two map reads. */
    private static final Map<FormatSpec, Map<String, RowSpec>> ROWS = new IdentityHashMap<>();

    static {
        for (FormatSpec format : ALL) {
            Map<String, RowSpec> rows = new HashMap<>();
            for (TableSpec table : format.tables()) {
                for (RowSpec row : table.rows()) {
                    rows.put(table.key() + "/" + row.key(), row);
                }
            }
            ROWS.put(format, rows);
        }
    }

    private Specs() {
    }

    static FormatSpec format(Report report) {
        return Formats.of(report.template());
    }

    /** The row spec of the report's own format, or null when that format has no such row. */
    static RowSpec row(Report report, String table, String row) {
        return row(format(report), table, row);
    }

    private static RowSpec row(FormatSpec format, String table, String row) {
        Map<String, RowSpec> rows = ROWS.get(format);
        if (rows == null) {
            TableSpec t = format.table(table);
            return t == null ? null : t.row(row);
        }
        return rows.get(table + "/" + row);
    }

    /** The kind of value a column holds in the report's own format; COUNT when the format does not know it. */
    static ValueKind kind(Report report, String table, String row, String column) {
        RowSpec r = row(report, table, row);
        ColumnSpec c = r == null ? null : r.column(column);
        return c == null ? ValueKind.COUNT : c.kind();
    }

    /** The printed row label (see {@link CellNames}); the key when no format knows the row. */
    static String rowLabel(Report report, String table, String row) {
        String label = CellNames.row(report.template(), table, row);
        return label == null ? row : label;
    }

    static String columnLabel(Report report, String table, String row, String column) {
        String label = CellNames.column(report.template(), table, row, column);
        return label == null ? column : label;
    }

    /** Row and column label of one cell, e.g. {@code 规章 本年废止件数}. */
    static String cellLabel(Report report, String table, String row, String column) {
        return rowLabel(report, table, row) + " " + columnLabel(report, table, row, column);
    }
}
