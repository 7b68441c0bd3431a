package nianbao.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the tables of text made by PDF-to-Markdown and OCR converters as rows of cells: a {@code |} line is a row
 * (a separator row such as {@code | --- | :-: |} is markup, {@code <br>} a line break inside a cell), and a
 * {@code <table>} written into the text is expanded into its grid like a web page's. Every other line stays a line
 * of text.
 */
final class MarkdownTables {
    private static final Pattern SEPARATOR_CELL = Pattern.compile("\\s*:?-+:?\\s*");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

    private MarkdownTables() {
    }

    /** Whether the text holds tables of cells: two or more {@code |} rows, or a {@code <table>}. */
    static boolean present(String text) {
        if (text.toLowerCase(Locale.ROOT).contains("<table")) {
            return true;
        }
        int rows = 0;
        for (String line : text.split("\\R")) {
            if (isPipeRow(line) && ++rows >= 2) {
                return true;
            }
        }
        return false;
    }

    static SourceDocument read(String text) {
        DocumentBuilder out = new DocumentBuilder();
        String[] lines = text.split("\\R");
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            nianbao.model.WorkBudget.checkpoint();
            String line = lines[i];
            int open = line.toLowerCase(Locale.ROOT).indexOf("<table");
            if (open >= 0) {
                flush(pending, out);
                StringBuilder html = new StringBuilder(line.substring(open));
                int depth = depth(line.substring(open));
                int end = i;
                while (depth > 0 && end + 1 < lines.length) {
                    html.append('\n').append(lines[++end]);
                    depth += depth(lines[end]);
                }
                text(out, line.substring(0, open));
                String fragment = html.toString();
                int close = fragment.toLowerCase(Locale.ROOT).lastIndexOf("</table>");
                htmlTables(close < 0 ? fragment : fragment.substring(0, close + 8), out);
                if (close >= 0) {
                    text(out, fragment.substring(close + 8));
                }
                i = end;
            } else if (isPipeRow(line)) {
                pending.add(line.strip());
            } else {
                flush(pending, out);
                out.line(line);
            }
        }
        flush(pending, out);
        return out.build("txt");
    }

    private static void text(DocumentBuilder out, String text) {
        if (!text.isBlank()) {
            out.line(text);
        }
    }

    static boolean isPipeRow(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        int pipes = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes >= 2 || (pipes == 1 && (s.startsWith("|") || s.endsWith("|")));
    }

    /**
     * The cells of a {@code |} row: the text between pipes. A pipe that closes the line only delimits; one that opens
     * it does too where every row of the table opens with one ({@code | a | b |}), but where the table closes every
     * cell with a pipe ({@code a | b |}), a pipe at the start of a row closes a blank first cell.
     */
    static List<String> cells(String line, boolean opened) {
        String s = line.strip();
        List<String> cells = new ArrayList<>();
        int start = opened && s.startsWith("|") ? 1 : 0;
        for (int i = start; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                if (i < s.length() || i > start) {
                    cells.add(clean(s.substring(start, i)));
                }
                start = i + 1;
            }
        }
        return cells;
    }

    /** A cell's text without the converter's markup: line breaks as spaces, bold marks dropped. */
    private static String clean(String cell) {
        return BREAK.matcher(cell).replaceAll(" ").replace("**", "").strip();
    }

    /** How many more tables the text opens than it closes. */
    private static int depth(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return count(lower, "<table") - count(lower, "</table>");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static void htmlTables(String fragment, DocumentBuilder out) {
        for (Element table : Jsoup.parseBodyFragment(fragment).select("table")) {
            if (table.parents().stream().anyMatch(p -> p.normalName().equals("table"))) {
                continue;
            }
            HtmlExtractor.TableGrid grid = HtmlExtractor.TableGrid.of(table);
            for (int r = 0; r < grid.rows().size(); r++) {
                out.row(grid.rows().get(r), grid.merged().get(r));
            }
        }
    }

    /** Writes the rows of one {@code |} table, its separator rows dropped. */
    private static void flush(List<String> lines, DocumentBuilder out) {
        boolean opened = lines.stream().allMatch(l -> l.startsWith("|"));
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = cells(line, opened);
            if (!cells.stream().allMatch(c -> c.isBlank() || SEPARATOR_CELL.matcher(c).matches())
                    || cells.stream().allMatch(String::isBlank)) {
                rows.add(cells);
            }
        }
        lines.clear();
        rows.forEach(out::row);
    }
}
