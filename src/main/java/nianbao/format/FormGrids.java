package nianbao.format;

import nianbao.model.CellRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays each table out like the official form, from the format's rows, columns and groups: table 二 as captioned
 * blocks with 信息内容 headers, table 三 with its group cells and applicant column groups, table 四 as one row of
 * values under the 行政复议 / 行政诉讼 column groups. A new revision of the form needs no change here.
 */
public final class FormGrids {
    private static final Map<TableSpec, FormGrid> CACHE = new ConcurrentHashMap<>();

    private FormGrids() {
    }

    /** The official grid of a table (computed once per table). */
    public static FormGrid of(TableSpec table) {
        return CACHE.computeIfAbsent(table, FormGrids::layOut);
    }

    private static FormGrid layOut(TableSpec table) {
        if (table.byPosition()) {
            return columnGroups(table);
        }
        return isBlockTable(table) ? blocks(table) : matrix(table);
    }

    /** A table whose rows do not share one set of columns is printed in blocks, each with its own header (二). */
    public static boolean isBlockTable(TableSpec table) {
        return !table.byPosition() && table.rows().stream().map(RowSpec::columnKeys).distinct().count() > 1;
    }

    /** Table 二: per block a caption row, a header row starting 信息内容, then its rows; short rows span the rest. */
    private static FormGrid blocks(TableSpec table) {
        int valueColumns = table.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        int width = 1 + valueColumns;
        List<GridCell> cells = new ArrayList<>();
        int r = 0;
        RowSpec previous = null;
        for (RowSpec row : table.rows()) {
            if (previous == null || !Objects.equals(previous.group(), row.group())
                    || !previous.columnKeys().equals(row.columnKeys())) {
                if (row.group() != null) {
                    cells.add(new GridCell(r++, 0, 1, width, GridCell.Role.CAPTION, row.group(), null));
                }
                cells.add(new GridCell(r, 0, 1, 1, GridCell.Role.HEADER, FormWords.CONTENT, null));
                List<ColumnSpec> columns = row.columns();
                for (int i = 0; i < columns.size(); i++) {
                    cells.add(new GridCell(r, 1 + i, 1, span(i, columns.size(), valueColumns), GridCell.Role.HEADER,
                            columns.get(i).label(), null));
                }
                r++;
            }
            cells.add(new GridCell(r, 0, 1, 1, GridCell.Role.LABEL, row.label(), rowRef(table, row)));
            for (int i = 0; i < row.columns().size(); i++) {
                cells.add(new GridCell(r, 1 + i, 1, span(i, row.columns().size(), valueColumns), GridCell.Role.VALUE,
                        null, cellRef(table, row, row.columns().get(i))));
            }
            r++;
            previous = row;
        }
        return new FormGrid(table.key(), r, width, 0, 1, cells);
    }

    /** Table 三: the header note, 申请人情况 over every column, 法人或其他组织 over its five; nested group cells. */
    private static FormGrid matrix(TableSpec table) {
        List<RowSpec> rows = table.rows();
        List<ColumnSpec> columns = rows.isEmpty() ? List.of() : rows.get(0).columns();
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            paths.add(groupPath(rows, i));
        }
        int depth = 1 + paths.stream().mapToInt(List::size).max().orElse(0);
        List<GridCell> cells = new ArrayList<>();
        int headerRows = 3;
        cells.add(new GridCell(0, 0, headerRows, depth, GridCell.Role.NOTE, FormWords.REQUESTS_NOTE, null));
        cells.add(new GridCell(0, depth, 1, columns.size(), GridCell.Role.HEADER, FormWords.APPLICANTS, null));
        boolean groupPrinted = false;
        for (int c = 0; c < columns.size(); c++) {
            ColumnSpec column = columns.get(c);
            if (FormWords.ORGANISATION_COLUMNS.contains(column.key())) {
                if (!groupPrinted) {
                    long n = columns.stream().filter(x -> FormWords.ORGANISATION_COLUMNS.contains(x.key())).count();
                    cells.add(new GridCell(1, depth + c, 1, (int) n, GridCell.Role.HEADER,
                            FormWords.ORGANISATIONS, null));
                    groupPrinted = true;
                }
                cells.add(new GridCell(2, depth + c, 1, 1, GridCell.Role.HEADER, column.label(), null));
            } else {
                cells.add(new GridCell(1, depth + c, 2, 1, GridCell.Role.HEADER, column.label(), null));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            List<String> path = paths.get(i);
            int r = headerRows + i;
            for (int level = 0; level < path.size(); level++) {
                if (i == 0 || !startsSame(paths.get(i - 1), path, level)) {
                    int run = 1;
                    while (i + run < rows.size() && startsSame(paths.get(i + run), path, level)) {
                        run++;
                    }
                    cells.add(new GridCell(r, level, run, 1, GridCell.Role.GROUP, path.get(level), null));
                }
            }
            cells.add(new GridCell(r, path.size(), 1, depth - path.size(), GridCell.Role.LABEL, row.label(),
                    rowRef(table, row)));
            for (int c = 0; c < row.columns().size(); c++) {
                cells.add(new GridCell(r, depth + c, 1, 1, GridCell.Role.VALUE, null,
                        cellRef(table, row, row.columns().get(c))));
            }
        }
        return new FormGrid(table.key(), headerRows + rows.size(), depth + columns.size(), headerRows, depth, cells);
    }

    /** Table 四: the rows become column groups (行政复议 · 行政诉讼: 未经复议直接起诉, 复议后起诉) over one value row. */
    private static FormGrid columnGroups(TableSpec table) {
        List<RowSpec> rows = table.rows();
        int levels = rows.stream().anyMatch(r -> r.group() != null) ? 1 : 0;
        int headerRows = levels + 2;
        List<GridCell> cells = new ArrayList<>();
        int c = 0;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            int width = row.columns().size();
            if (row.group() == null) {
                cells.add(new GridCell(0, c, headerRows - 1, width, GridCell.Role.HEADER, row.label(), null));
            } else {
                if (i == 0 || !row.group().equals(rows.get(i - 1).group())) {
                    int groupWidth = 0;
                    for (int j = i; j < rows.size() && row.group().equals(rows.get(j).group()); j++) {
                        groupWidth += rows.get(j).columns().size();
                    }
                    cells.add(new GridCell(0, c, 1, groupWidth, GridCell.Role.HEADER, row.group(), null));
                }
                cells.add(new GridCell(levels, c, headerRows - 1 - levels, width, GridCell.Role.HEADER,
                        row.label(), null));
            }
            for (int k = 0; k < width; k++) {
                ColumnSpec column = row.columns().get(k);
                cells.add(new GridCell(headerRows - 1, c + k, 1, 1, GridCell.Role.HEADER, column.label(), null));
                cells.add(new GridCell(headerRows, c + k, 1, 1, GridCell.Role.VALUE, null,
                        cellRef(table, row, column)));
            }
            c += width;
        }
        return new FormGrid(table.key(), headerRows + 1, c, headerRows, 0, cells);
    }

    /**
     * The group cells printed left of a row, outermost first: a row inside the span of another group's rows (e.g.
     * （三）不予公开 within 三、本年度办理结果) is printed under both.
     */
    private static List<String> groupPath(List<RowSpec> rows, int index) {
        String own = rows.get(index).group();
        if (own == null) {
            return List.of();
        }
        String parent = null;
        int parentSpan = 0;
        for (RowSpec candidate : rows) {
            String g = candidate.group();
            if (g == null || g.equals(own) || g.equals(parent)) {
                continue;
            }
            int first = firstIndex(rows, g);
            int last = lastIndex(rows, g);
            if (first < index && index < last && last - first > parentSpan) {
                parent = g;
                parentSpan = last - first;
            }
        }
        return parent == null ? List.of(own) : List.of(parent, own);
    }

    private static boolean startsSame(List<String> a, List<String> b, int level) {
        return a.size() > level && a.subList(0, level + 1).equals(b.subList(0, level + 1));
    }

    private static int firstIndex(List<RowSpec> rows, String group) {
        for (int i = 0; i < rows.size(); i++) {
            if (group.equals(rows.get(i).group())) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndex(List<RowSpec> rows, String group) {
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (group.equals(rows.get(i).group())) {
                return i;
            }
        }
        return -1;
    }

    /** The span of the i-th of {@code count} columns over {@code width} grid columns: one, the last the rest. */
    private static int span(int index, int count, int width) {
        return index == count - 1 ? width - index : 1;
    }

    private static CellRef rowRef(TableSpec table, RowSpec row) {
        return new CellRef(table.key(), row.key(), null);
    }

    private static CellRef cellRef(TableSpec table, RowSpec row, ColumnSpec column) {
        return new CellRef(table.key(), row.key(), column.key());
    }
}
