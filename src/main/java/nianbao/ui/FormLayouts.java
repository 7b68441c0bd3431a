package nianbao.ui;

import nianbao.format.ColumnSpec;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Lays the three tables out the way the national form prints them, from the format's rows, columns and groups:
 * table 二 as captioned blocks, table 三 with its group labels and applicant columns, table 四 with the 复议/诉讼
 * column groups.
 */
final class FormLayouts {
    /** A top-level group such as 三、本年度办理结果 (sub-groups are printed （三）不予公开). */
    private static final Pattern TOP_GROUP = Pattern.compile("^[一二三四五六七八九十]+、.*");

    private FormLayouts() {
    }

    static void fill(TableGrid grid, TableSpec table) {
        if (table.byPosition()) {
            reviewLitigation(grid, table);
        } else if (table.rows().stream().anyMatch(r -> r.columns().size() > 3)) {
            requests(grid, table);
        } else {
            active(grid, table);
        }
    }

    /** Table 二: each block a caption row, a header row starting 信息内容, then its rows; short rows span the rest. */
    private static void active(TableGrid grid, TableSpec table) {
        int width = table.rows().stream().mapToInt(r -> r.columns().size()).max().orElse(1);
        int r = 0;
        String group = null;
        for (RowSpec row : table.rows()) {
            if (r == 0 || !Objects.equals(group, row.group())) {
                group = row.group();
                grid.header(group == null ? "" : group, 0, r++, width + 1, 1).getStyleClass().add("block-caption");
                grid.header(I18n.t("form.active.content"), 0, r, 1, 1);
                List<ColumnSpec> columns = row.columns();
                for (int i = 0; i < columns.size(); i++) {
                    grid.header(columns.get(i).label(), 1 + i, r, span(i, columns.size(), width), 1);
                }
                r++;
            }
            grid.rowLabel(row.label(), 0, r, 1, 1);
            for (int i = 0; i < row.columns().size(); i++) {
                grid.value(ref(table, row, i), 1 + i, r, span(i, row.columns().size(), width));
            }
            r++;
        }
    }

    /**
     * Table 三: three label columns (top group, sub-group, row), then the applicant columns under 申请人情况 with
     * the five organisations grouped under 法人或其他组织, then 总计.
     */
    private static void requests(TableGrid grid, TableSpec table) {
        List<ColumnSpec> columns = table.rows().get(0).columns();
        int values = columns.size();
        grid.header(I18n.t("form.requests.note"), 0, 0, 3, 3).getStyleClass().add("form-note");
        grid.header(I18n.t("form.requests.applicants"), 3, 0, values, 1);
        grid.header(columns.get(0).label(), 3, 1, 1, 2);
        grid.header(I18n.t("form.requests.organisations"), 4, 1, values - 2, 1);
        grid.header(columns.get(values - 1).label(), 3 + values - 1, 1, 1, 2);
        for (int i = 1; i < values - 1; i++) {
            grid.header(stacked(columns.get(i).label(), 4), 3 + i, 2, 1, 1);
        }
        List<RowSpec> rows = table.rows();
        int first = 3;
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            int r = first + i;
            String top = topGroupAround(rows, i);
            if (top == null) {
                grid.rowLabel(row.label(), 0, r, 3, 1);
            } else {
                if (i == 0 || !top.equals(topGroupAround(rows, i - 1))) {
                    grid.rowLabel(top, 0, r, 1, runLength(rows, i, j -> top.equals(topGroupAround(rows, j))))
                            .getStyleClass().add("group-label");
                }
                if (row.group() == null || TOP_GROUP.matcher(row.group()).matches()) {
                    grid.rowLabel(row.label(), 1, r, 2, 1);
                } else {
                    if (!Objects.equals(row.group(), rows.get(i - 1).group())) {
                        grid.rowLabel(row.group(), 1, r, 1, runLength(rows, i,
                                j -> Objects.equals(rows.get(j).group(), row.group()))).getStyleClass().add("group-label");
                    }
                    grid.rowLabel(row.label(), 2, r, 1, 1);
                }
            }
            for (int c = 0; c < row.columns().size(); c++) {
                grid.value(ref(table, row, c), 3 + c, r, 1);
            }
        }
    }

    /** Table 四: one row of values under 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉). */
    private static void reviewLitigation(TableGrid grid, TableSpec table) {
        int c = 0;
        List<RowSpec> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            RowSpec row = rows.get(i);
            int width = row.columns().size();
            if (row.group() == null) {
                grid.header(row.label(), c, 0, width, 2);
            } else {
                if (i == 0 || !row.group().equals(rows.get(i - 1).group())) {
                    int groupWidth = 0;
                    for (int j = i; j < rows.size() && row.group().equals(rows.get(j).group()); j++) {
                        groupWidth += rows.get(j).columns().size();
                    }
                    grid.header(row.group(), c, 0, groupWidth, 1);
                }
                grid.header(row.label(), c, 1, width, 1);
            }
            for (int k = 0; k < width; k++) {
                grid.header(stacked(row.columns().get(k).label(), 2), c + k, 2, 1, 1).getStyleClass().add("narrow-header");
                grid.value(ref(table, row, k), c + k, 3, 1);
            }
            c += width;
        }
    }

    /** The top-level group a row is printed under: its own, or that of the rows around it (for sub-group rows). */
    private static String topGroupAround(List<RowSpec> rows, int index) {
        String own = rows.get(index).group();
        if (own != null && TOP_GROUP.matcher(own).matches()) {
            return own;
        }
        if (own == null) {
            return null;
        }
        String before = null;
        for (int j = index - 1; j >= 0 && before == null; j--) {
            String g = rows.get(j).group();
            before = g != null && TOP_GROUP.matcher(g).matches() ? g : null;
            if (g == null) {
                break;
            }
        }
        return before;
    }

    private static int runLength(List<RowSpec> rows, int from, java.util.function.IntPredicate same) {
        int n = 0;
        while (from + n < rows.size() && same.test(from + n)) {
            n++;
        }
        return n;
    }

    /** Breaks a narrow column's title every {@code perLine} characters, as the printed form does (社会公益 / 组织). */
    static String stacked(String label, int perLine) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < label.length(); i += perLine) {
            out.append(i == 0 ? "" : "\n").append(label, i, Math.min(label.length(), i + perLine));
        }
        return out.toString();
    }

    private static int span(int index, int count, int width) {
        return index == count - 1 ? width - index : 1;
    }

    private static CellRef ref(TableSpec table, RowSpec row, int column) {
        return new CellRef(table.key(), row.key(), row.columns().get(column).key());
    }
}
