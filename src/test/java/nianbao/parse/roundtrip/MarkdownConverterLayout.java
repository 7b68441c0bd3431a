package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A report turned into Markdown by a PDF-to-Markdown or OCR converter, in the habits real converters have:
 * <ul>
 * <li>{@link Style#PIPES}: pipe tables with an invented first row ({@code 数据1}…{@code 数据N}), merged cells left
 * empty, wrapped labels joined by {@code <br>}, some labels split off into a row of their own above their values,
 * one label of table 三 sometimes lost (of a row that is not the first of its group, so that no text is left on it,
 * and under a row that prints a value, since under a blank row it could as well be a label split off), a
 * note kept in its value's cell ({@code 22（其中修订16件）}), and table 四 cut
 * into three tables;</li>
 * <li>{@link Style#SPANS_REPEATED}: pipe tables whose merged cells repeat their text in every position they cover,
 * the header rows of table 三 repeated where the page broke, and a note lifted out of its cell into a row of its
 * own;</li>
 * <li>{@link Style#HTML_TABLES}: every table as one line of HTML with rowspan/colspan inside the Markdown, one label
 * of table 三 sometimes lost, and table 四 cut into three tables.</li>
 * </ul>
 */
final class MarkdownConverterLayout implements LayoutWriter {
    enum Style { PIPES, SPANS_REPEATED, HTML_TABLES }

    private static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String[] APPLICANTS = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
    private static final String[] RESULTS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    /** One cell of a table as the document merged it. */
    private record Span(String text, int colspan, int rowspan) {
        static Span of(String text) {
            return new Span(text, 1, 1);
        }
    }

    private final Style style;

    MarkdownConverterLayout(Style style) {
        this.style = style;
    }

    static List<LayoutWriter> all() {
        List<LayoutWriter> out = new ArrayList<>();
        for (Style s : Style.values()) {
            out.add(new MarkdownConverterLayout(s));
        }
        return out;
    }

    @Override
    public String name() {
        return "Markdown" + style;
    }

    @Override
    public boolean provesBlanks() {
        return true;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        out.line("# " + ReportText.title(r)).blank();
        out.line("## " + ReportText.heading(1)).blank();
        ReportText.overview(r).forEach(p -> out.line(p).blank());
        out.line("## " + ReportText.heading(2)).blank();
        table(out, active(r, rnd), rnd, true);
        out.line("## " + ReportText.heading(3)).blank();
        table(out, requests(r, rnd), rnd, true);
        out.line("## " + ReportText.heading(4)).blank();
        List<List<List<Span>>> review = review(r);
        for (List<List<Span>> part : review) {
            table(out, part, rnd, false);
        }
        out.line("## " + ReportText.heading(5)).blank();
        ReportText.problems().forEach(p -> out.line(p).blank());
        out.line("## " + ReportText.heading(6)).blank();
        ReportText.otherMatters().forEach(p -> out.line(p).blank());
        out.line(r.organ()).blank().line((r.year() + 1) + "年1月" + (10 + rnd.nextInt(19)) + "日");
        return out.toString();
    }

    private List<List<Span>> active(GeneratedReport r, Random rnd) {
        List<List<Span>> rows = new ArrayList<>();
        boolean noteWritten = false;
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            rows.add(List.of(new Span(block.caption(), 4, 1)));
            List<Span> header = new ArrayList<>();
            int columns = block.header().size() - 1;
            header.add(Span.of("信息内容"));
            for (int c = 1; c <= columns; c++) {
                header.add(new Span(block.header().get(c), c == columns ? 4 - columns : 1, 1));
            }
            rows.add(header);
            for (RowSpec row : block.rows()) {
                List<Span> cells = new ArrayList<>(List.of(Span.of(row.label())));
                List<String> values = r.tables().row(Formats.ACTIVE, row.key());
                String note = null;
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (!noteWritten && v.matches("[1-9]\\d*") && rnd.nextInt(3) == 0) {
                        noteWritten = true;
                        note = "（其中修订" + (1 + rnd.nextInt(Integer.parseInt(v))) + "件）";
                        if (style == Style.PIPES || style == Style.HTML_TABLES) {
                            v = v + note;
                            note = null;
                        }
                    }
                    cells.add(new Span(v, c == values.size() - 1 ? 4 - values.size() : 1, 1));
                }
                rows.add(cells);
                if (note != null) {
                    rows.add(List.of(new Span(note, 4, 1)));
                }
            }
        }
        return rows;
    }

    private List<List<Span>> requests(GeneratedReport r, Random rnd) {
        List<List<Span>> header = new ArrayList<>();
        header.add(List.of(new Span(REQUESTS_NOTE, 3, 3), new Span("申请人情况", 7, 1)));
        header.add(List.of(new Span("自然人", 1, 2), new Span("法人或其他组织", 5, 1), new Span("总计", 1, 2)));
        List<Span> applicants = new ArrayList<>();
        for (String a : APPLICANTS) {
            applicants.add(Span.of(a));
        }
        header.add(applicants);
        List<List<Span>> rows = new ArrayList<>(header);
        List<RequestRow> all = RequestRow.all(r.tables().trial());
        List<Integer> losable = new ArrayList<>();
        for (int i = 2; i < all.size() - 2; i++) {
            boolean blankAbove = r.tables().row(Formats.REQUESTS, all.get(i - 1).key()).stream().allMatch(String::isEmpty);
            if (!all.get(i).firstInTop() && !all.get(i).firstInSub() && !blankAbove) {
                losable.add(i);
            }
        }
        int lost = style != Style.SPANS_REPEATED && rnd.nextBoolean() ? losable.get(rnd.nextInt(losable.size())) : -1;
        int pageBreak = style == Style.SPANS_REPEATED ? 4 + rnd.nextInt(all.size() - 6) : -1;
        for (int i = 0; i < all.size(); i++) {
            RequestRow row = all.get(i);
            List<Span> cells = new ArrayList<>();
            int labelSpan = 3;
            if (row.top() != null) {
                labelSpan--;
                if (row.firstInTop()) {
                    int[] span = RequestRow.span(all, i, false);
                    cells.add(new Span(row.top(), 1, span[1] - span[0] + 1));
                }
            }
            if (row.sub() != null) {
                labelSpan--;
                if (row.firstInSub()) {
                    int[] span = RequestRow.span(all, i, true);
                    cells.add(new Span(row.sub(), 1, span[1] - span[0] + 1));
                }
            }
            String label = i == lost ? "" : style == Style.PIPES && row.label().length() > 12 && rnd.nextBoolean()
                    ? row.label().substring(0, 8) + "<br>" + row.label().substring(8) : row.label();
            cells.add(new Span(label, labelSpan, 1));
            for (String v : r.tables().row(Formats.REQUESTS, row.key())) {
                cells.add(Span.of(v));
            }
            rows.add(cells);
            if (i == pageBreak) {
                rows.addAll(header);
            }
        }
        return rows;
    }

    /** Table 四, whole or (as converters cut a wide table) as three tables of five columns. */
    private List<List<List<Span>>> review(GeneratedReport r) {
        List<String> line = r.tables().reviewLine();
        if (style == Style.SPANS_REPEATED) {
            List<List<Span>> rows = new ArrayList<>();
            rows.add(List.of(new Span("行政复议", 5, 1), new Span("行政诉讼", 10, 1)));
            List<Span> second = new ArrayList<>();
            for (String result : RESULTS) {
                second.add(new Span(result, 1, 2));
            }
            second.add(new Span("未经复议直接起诉", 5, 1));
            second.add(new Span("复议后起诉", 5, 1));
            rows.add(second);
            List<Span> third = new ArrayList<>();
            for (int g = 0; g < 2; g++) {
                for (String result : RESULTS) {
                    third.add(Span.of(result));
                }
            }
            rows.add(third);
            rows.add(line.stream().map(Span::of).toList());
            return List.of(rows);
        }
        List<List<List<Span>>> parts = new ArrayList<>();
        String[][] captions = {{"行政复议"}, {"行政诉讼", "未经复议直接起诉"}, {"复议后起诉"}};
        for (int g = 0; g < 3; g++) {
            List<List<Span>> rows = new ArrayList<>();
            for (String caption : captions[g]) {
                rows.add(List.of(new Span(caption, 5, 1)));
            }
            rows.add(java.util.Arrays.stream(RESULTS).map(Span::of).toList());
            rows.add(line.subList(g * 5, g * 5 + 5).stream().map(Span::of).toList());
            parts.add(rows);
        }
        return parts;
    }

    private void table(TextOut out, List<List<Span>> rows, Random rnd, boolean inventHeader) {
        if (style == Style.HTML_TABLES) {
            StringBuilder html = new StringBuilder("<table>");
            for (List<Span> row : rows) {
                html.append("<tr>");
                for (Span s : row) {
                    html.append("<td").append(s.colspan() > 1 ? " colspan=\"" + s.colspan() + "\"" : "")
                            .append(s.rowspan() > 1 ? " rowspan=\"" + s.rowspan() + "\"" : "").append(">")
                            .append(s.text()).append("</td>");
                }
                html.append("</tr>");
            }
            out.line(html.append("</table>").toString()).blank();
            return;
        }
        List<String[]> grid = grid(rows, style == Style.SPANS_REPEATED);
        int width = grid.stream().mapToInt(g -> g.length).max().orElse(0);
        int first = 0;
        if (style == Style.PIPES && inventHeader) {
            String[] invented = new String[width];
            for (int c = 0; c < width; c++) {
                invented[c] = "数据" + (c + 1);
            }
            out.line(pipeRow(invented));
        } else {
            out.line(pipeRow(grid.get(0)));
            first = 1;
        }
        out.line("|" + " --- |".repeat(width));
        for (int i = first; i < grid.size(); i++) {
            String[] cells = grid.get(i);
            int labels = labelCells(cells);
            if (style == Style.PIPES && labels > 0 && java.util.Arrays.stream(cells, 0, labels).anyMatch(c -> !c.isEmpty()) && hasValue(cells, labels)
                    && rnd.nextInt(6) == 0) {
                String[] label = cells.clone();
                String[] values = cells.clone();
                java.util.Arrays.fill(label, labels, cells.length, "");
                java.util.Arrays.fill(values, 0, labels, "");
                out.line(pipeRow(label)).line(pipeRow(values));
            } else {
                out.line(pipeRow(cells));
            }
        }
        out.blank();
    }

    /** How many leading cells of a data row hold its labels (the cells before its first value), or 0. */
    private static int labelCells(String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty() && Character.isDigit(cells[c].charAt(0))) {
                return c;
            }
        }
        return 0;
    }

    private static boolean hasValue(String[] cells, int from) {
        for (int c = from; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The merged table expanded to its grid: covered positions empty, or repeating the cell's text. */
    private static List<String[]> grid(List<List<Span>> rows, boolean repeat) {
        int width = 0;
        for (List<Span> row : rows) {
            width = Math.max(width, row.stream().mapToInt(Span::colspan).sum());
        }
        List<String[]> filled = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            filled.add(new String[width]);
        }
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Span s : rows.get(r)) {
                while (c < width && filled.get(r)[c] != null) {
                    c++;
                }
                for (int dr = 0; dr < s.rowspan() && r + dr < rows.size(); dr++) {
                    for (int dc = 0; dc < s.colspan() && c + dc < width; dc++) {
                        boolean origin = dr == 0 && dc == 0;
                        filled.get(r + dr)[c + dc] = origin || repeat ? s.text() : "";
                    }
                }
                c += s.colspan();
            }
        }
        for (String[] row : filled) {
            for (int c = 0; c < width; c++) {
                if (row[c] == null) {
                    row[c] = "";
                }
            }
        }
        return filled;
    }

    private static String pipeRow(String[] cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c).append(" |");
        }
        return sb.toString();
    }
}
