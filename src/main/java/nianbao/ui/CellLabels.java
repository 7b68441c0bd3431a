package nianbao.ui;

import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;

/** Names a cell the way the printed form does (e.g. 规章 · 本年废止件数), from the format's own labels. */
public final class CellLabels {
    private CellLabels() {
    }

    /** The section heading a table sits under, e.g. 二、主动公开政府信息情况. */
    public static String tableTitle(FormatSpec format, TableSpec table) {
        return format.sectionHeading(table.section()).orElse(table.key());
    }

    /** Row label, then column label; for table 四 also the litigation group; keys when the format lacks them. */
    public static String of(FormatSpec format, CellRef ref) {
        TableSpec table = format.table(ref.table());
        if (table == null) {
            return ref.toString();
        }
        if (ref.row() == null) {
            return tableTitle(format, table);
        }
        RowSpec row = table.row(ref.row());
        if (row == null) {
            return ref.row() + (ref.column() == null ? "" : " · " + ref.column());
        }
        String rowLabel = table.byPosition() && row.group() != null ? row.group() + " " + row.label() : row.label();
        if (ref.column() == null) {
            return rowLabel;
        }
        ColumnSpec column = row.column(ref.column());
        return rowLabel + " · " + (column == null ? ref.column() : column.label());
    }
}
