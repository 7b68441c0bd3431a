package nianbao.check;

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

/** Looks up the format's row and column specs for a report, and the printed labels messages show. */
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

    /** The row spec for labelling: the report's format first, then any other known format. */
    private static RowSpec labelRow(Report report, String table, String row) {
        RowSpec r = row(report, table, row);
        for (int i = 0; r == null && i < ALL.length; i++) {
            r = row(ALL[i], table, row);
        }
        return r;
    }

    /** The printed row label; a numbered sub-row (1.属于国家秘密) is prefixed with its group (（三）不予公开). */
    static String rowLabel(Report report, String table, String row) {
        RowSpec r = labelRow(report, table, row);
        if (r == null) {
            return row;
        }
        if (r.group() != null && !r.label().isEmpty() && Character.isDigit(r.label().charAt(0))) {
            return r.group() + " " + r.label();
        }
        if (r.group() != null && Formats.REVIEW_LITIGATION.equals(table)) {
            return r.group() + " " + r.label();
        }
        return r.label();
    }

    static String columnLabel(Report report, String table, String row, String column) {
        RowSpec r = labelRow(report, table, row);
        ColumnSpec c = r == null ? null : r.column(column);
        return c == null ? column : c.label();
    }

    /** Row and column label of one cell, e.g. {@code 规章 本年废止件数}. */
    static String cellLabel(Report report, String table, String row, String column) {
        return rowLabel(report, table, row) + " " + columnLabel(report, table, row, column);
    }
}
