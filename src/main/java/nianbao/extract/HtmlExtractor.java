package nianbao.extract;

import nianbao.model.BadInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a saved web page: decodes it by its declared or sniffed charset (GBK pages are common), finds the report's
 * own content inside the site chrome, and writes paragraphs as lines and table rows as tab-separated cells with
 * rowspan/colspan expanded.
 */
public final class HtmlExtractor {
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "head", "template", "iframe",
            "select", "button", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "center", "dl",
            "dt", "dd", "form", "hr", "address", "figure", "caption", "tbody", "thead", "tr");
    private static final Pattern ERROR_PAGE =
            Pattern.compile("404|403|500|not found|页面不存在|页面未找到|找不到|访问出错|出错了|无法访问", Pattern.CASE_INSENSITIVE);

    private final Pictures pictures;

    /** A reader whose pictures big enough to hold a table are read by OCR. */
    public HtmlExtractor() {
        this(Pictures.read());
    }

    HtmlExtractor(Pictures pictures) {
        this.pictures = pictures;
    }

    public SourceDocument read(byte[] bytes) throws BadInputException {
        Document doc = Jsoup.parse(decode(bytes));
        Element root = ContentRoot.find(doc);
        DocumentBuilder out = new DocumentBuilder();
        StringBuilder line = new StringBuilder();
        List<Ruling> rulings = new ArrayList<>();
        walk(root, out, line, rulings);
        flush(out, line);
        if (doc.select("table").isEmpty() && isErrorPage(doc)) {
            throw new BadInputException("网页是错误页面（如404），不包含年度报告", "the web page is an error page (e.g. 404), not a report");
        }
        return out.build("html", rulings);
    }

    private static boolean isErrorPage(Document doc) {
        String text = doc.title() + " " + doc.body().text();
        return text.length() < 2000 && ERROR_PAGE.matcher(text).find();
    }

    static String decode(byte[] bytes) throws BadInputException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("gb")) {
                name = "GB18030";
            }
            try {
                Charset declared = Charset.forName(name);
                String strict = TextExtractor.strictDecode(bytes, declared);
                if (strict != null) {
                    return strict;
                }
            } catch (IllegalArgumentException ignored) {
                // unknown charset name: fall through to sniffing
            }
        }
        return TextExtractor.decode(bytes);
    }

    private void walk(Node node, DocumentBuilder out, StringBuilder line, List<Ruling> rulings) {
        for (Node child : node.childNodes()) {
            nianbao.model.WorkBudget.checkpoint();
            if (child instanceof TextNode text) {
                line.append(text.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    continue;
                }
                if (tag.equals("br")) {
                    flush(out, line);
                } else if (tag.equals("img")) {
                    picture(e, out, line, rulings);
                } else if (tag.equals("table") && e.select("table").size() == 1) {
                    flush(out, line);
                    TableGrid grid = TableGrid.of(e);
                    for (int r = 0; r < grid.rows().size(); r++) {
                        out.row(grid.rows().get(r), grid.merged().get(r));
                    }
                } else if (tag.equals("table") || tag.equals("td") || tag.equals("th")) {
                    // a layout table of the site (it holds other tables): its cells are blocks of the page
                    flush(out, line);
                    walk(e, out, line, rulings);
                    flush(out, line);
                } else if (BLOCKS.contains(tag)) {
                    flush(out, line);
                    walk(e, out, line, rulings);
                    flush(out, line);
                } else {
                    walk(e, out, line, rulings);
                }
            }
        }
    }

    /**
     * A picture carried in the page itself ({@code data:} URI) big enough to hold a table — a table published as an
     * image — read by OCR as a page of its own. A picture in a file beside the page is not at hand here.
     */
    private void picture(Element img, DocumentBuilder out, StringBuilder line, List<Ruling> rulings) {
        String src = img.attr("src").strip();
        int comma = src.indexOf(',');
        if (!src.regionMatches(true, 0, "data:image/", 0, 11) || comma < 0 || !src.substring(0, comma).endsWith(";base64")) {
            return;
        }
        byte[] data;
        try {
            data = java.util.Base64.getMimeDecoder().decode(src.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            return; // a damaged picture: the page's text is read all the same
        }
        double widthPoints = 0;
        try {
            widthPoints = Double.parseDouble(img.attr("width").replace("px", "").strip()) * 0.75;
        } catch (NumberFormatException ignored) {
            // no width given: the picture's resolution is assumed
        }
        flush(out, line);
        pictures.add(data, widthPoints, out, rulings);
    }

    private static void flush(DocumentBuilder out, StringBuilder line) {
        String text = line.toString().replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").strip();
        if (!text.isEmpty()) {
            out.line(text);
        }
        line.setLength(0);
    }

    /**
     * An HTML table expanded into its grid: a merged cell's text in its first position, and every other position it
     * covers marked as merged (empty, but no cell of its own).
     */
    record TableGrid(List<List<String>> rows, List<boolean[]> merged) {
        static TableGrid of(Element table) {
            List<List<String>> grid = new ArrayList<>();
            List<List<Boolean>> spans = new ArrayList<>();
            List<Element> rows = table.select("tr").stream()
                    .filter(tr -> tr.closest("table") == table).toList();
            long positions = 0;
            for (int r = 0; r < rows.size() && positions < TableLimits.MAX_CELLS; r++) {
                nianbao.model.WorkBudget.checkpoint();
                List<String> row = rowAt(grid, spans, r);
                int c = 0;
                for (Element cell : rows.get(r).children()) {
                    if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                        continue;
                    }
                    while (c < row.size() && row.get(c) != null) {
                        c++;
                    }
                    int colspan = span(cell.attr("colspan"));
                    int rowspan = Math.min(span(cell.attr("rowspan")), rows.size() - r);
                    for (int dr = 0; dr < rowspan; dr++) {
                        List<String> target = rowAt(grid, spans, r + dr);
                        for (int dc = 0; dc < colspan; dc++) {
                            boolean first = dr == 0 && dc == 0;
                            set(target, spans.get(r + dr), c + dc, first ? cellText(cell) : "", !first);
                        }
                    }
                    c += colspan;
                    positions += (long) colspan * rowspan;
                }
            }
            List<boolean[]> merged = new ArrayList<>();
            for (int r = 0; r < grid.size(); r++) {
                grid.get(r).replaceAll(s -> s == null ? "" : s);
                List<Boolean> m = spans.get(r);
                boolean[] flags = new boolean[m.size()];
                for (int i = 0; i < flags.length; i++) {
                    flags[i] = Boolean.TRUE.equals(m.get(i));
                }
                merged.add(flags);
            }
            return new TableGrid(grid, merged);
        }

        private static String cellText(Element cell) {
            return cell.text().replace('\u00a0', ' ').strip();
        }

        private static int span(String attr) {
            try {
                return TableLimits.span(Long.parseLong(attr.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private static List<String> rowAt(List<List<String>> grid, List<List<Boolean>> spans, int r) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
                spans.add(new ArrayList<>());
            }
            return grid.get(r);
        }

        private static void set(List<String> row, List<Boolean> spans, int c, String value, boolean merged) {
            while (row.size() <= c) {
                row.add(null);
                spans.add(Boolean.FALSE);
            }
            if (row.get(c) == null) {
                row.set(c, value);
                spans.set(c, merged);
            }
        }
    }
}
