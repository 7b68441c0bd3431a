package nianbao.export;

import nianbao.format.FormGrids;
import nianbao.format.FormWords;
import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;

import java.util.Objects;

/**
 * The labels a report's format prints for a table, a row (with the group cells beside it) and a column, so every
 * export names a cell the way the examiner sees it in the report; unknown keys fall back to the key itself.
 */
final class PrintedLabels {
    private final FormatSpec format;

    PrintedLabels(FormatSpec format) {
        this.format = format;
    }

    /** The section heading the table sits under, e.g. 三、收到和处理政府信息公开申请情况. */
    String tableTitle(String table) {
        TableSpec spec = table == null ? null : format.table(table);
        if (spec == null) {
            return table == null ? "" : table;
        }
        return format.sectionHeading(spec.section()).orElse(table);
    }

    String tableShortTitle(String table) {
        return table == null ? "" : FormWords.shortTitle(table);
    }

    /** The row label with its group cell in front, e.g. （三）不予公开 1.属于国家秘密 or 行政诉讼 复议后起诉. */
    String rowLabel(String table, String row) {
        RowSpec spec = row(table, row);
        if (spec == null) {
            return row == null ? "" : row;
        }
        TableSpec tableSpec = format.table(table);
        boolean captioned = tableSpec != null && FormGrids.isBlockTable(tableSpec);
        return spec.group() == null || captioned ? spec.label() : spec.group() + " " + spec.label();
    }

    String columnLabel(String table, String row, String column) {
        if (column == null) {
            return "";
        }
        RowSpec spec = row(table, row);
        ColumnSpec col = spec == null ? anyRowsColumn(table, column) : spec.column(column);
        return col == null ? column : col.label();
    }

    /** Table, row and column labels joined, e.g. 二、主动公开 · 规章 · 本年废止件数; parts that are absent are left out. */
    String location(String table, String row, String column) {
        StringBuilder out = new StringBuilder(tableShortTitle(table));
        append(out, row == null ? "" : rowLabel(table, row));
        append(out, columnLabel(table, row, column));
        return out.toString();
    }

    String location(CellRef ref) {
        return location(ref.table(), ref.row(), ref.column());
    }

    private static void append(StringBuilder out, String part) {
        if (!part.isEmpty()) {
            out.append(out.length() == 0 ? "" : " · ").append(part);
        }
    }

    /** A column of a finding that names no row (e.g. the 总计 column of table 三): its label in any row. */
    private ColumnSpec anyRowsColumn(String table, String column) {
        TableSpec spec = table == null ? null : format.table(table);
        if (spec == null) {
            return null;
        }
        return spec.rows().stream().map(r -> r.column(column)).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    private RowSpec row(String table, String row) {
        TableSpec spec = table == null ? null : format.table(table);
        return spec == null || row == null ? null : spec.row(row);
    }
}
