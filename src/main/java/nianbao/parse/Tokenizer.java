package nianbao.parse;

import nianbao.model.CellText;
import nianbao.extract.SourceLine;
import nianbao.extract.SourceWord;
import nianbao.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the lines of a table region into tokens. The cells a reader delimited (web page, Word, Markdown) and
 * tab-delimited lines give one token per cell (empty cells become blank tokens, because the layout proves they exist;
 * a value followed by a note in its cell, {@code 22（其中修订16件）}, gives the value); a line that is a single
 * tab-led cell (Word text) gives that cell; other lines are cut at whitespace and keep each word's column as its
 * position.
 */
final class Tokenizer {
    private static final java.util.regex.Pattern NOTED_VALUE =
            java.util.regex.Pattern.compile("(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*[（(][^）)]*\\p{IsHan}[^）)]*[）)]");
    /**
     * An amount glued to its unit (1504.7万元): two words, the number and the unit, so the amount is read as a value
     * and {@link UnitMerger} joins them again in a free-text column (or drops the unit after a decimal).
     */
    private static final java.util.regex.Pattern AMOUNT_WITH_UNIT =
            java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?)(?:" + String.join("|", UnitMerger.UNITS.stream()
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")");
    private static final java.util.regex.Pattern WIDE_GAP = java.util.regex.Pattern.compile("\\S {2,}\\S");

    private Tokenizer() {
    }

    static List<Token> tokenize(List<SourceLine> lines) {
        List<Token> tokens = new ArrayList<>();
        for (SourceLine line : lines) {
            nianbao.model.WorkBudget.checkpoint();
            tokenizeLine(line, tokens);
        }
        return tokens;
    }

    static void tokenizeLine(SourceLine line, List<Token> out) {
        String text = line.text();
        if (!line.words().isEmpty()) {
            addPlacedWords(out, line);
        } else if (!line.cells().isEmpty()) {
            addSourceCells(out, line);
        } else if (text.indexOf('\t') >= 0) {
            String[] cells = text.split("\t", -1);
            if (cells.length == 2 && cells[0].isBlank()) {
                addCell(out, line, cells[1], text.indexOf('\t') + 1, 0, LineLayout.CELL_PER_LINE);
            } else {
                addDelimited(out, line, '\t', LineLayout.TAB);
            }
        } else if (!text.isBlank()) {
            addWords(out, line);
        }
    }

    private static void addDelimited(List<Token> out, SourceLine line, char delimiter, LineLayout layout) {
        String text = line.text();
        List<int[]> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == delimiter) {
                cells.add(new int[]{start, i});
                start = i + 1;
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            int[] cell = cells.get(c);
            addCell(out, line, text.substring(cell[0], cell[1]), cell[0], c, layout);
        }
    }

    /**
     * The cells of a structured table row (web page, Word): one token per cell, keeping its position on the grid; a
     * position that only continues a merged cell gives no token, so it is never taken for a blank value.
     */
    private static void addSourceCells(List<Token> out, SourceLine line) {
        List<nianbao.extract.SourceCell> cells = line.cells();
        for (int c = 0; c < cells.size(); c++) {
            nianbao.extract.SourceCell cell = cells.get(c);
            if (!cell.merged()) {
                addCell(out, line, line.text().substring(cell.offset(), cell.offset() + cell.length()), cell.offset(),
                        c, LineLayout.TAB);
            }
        }
    }

    private static void addCell(List<Token> out, SourceLine line, String raw, int offset, int cellIndex,
                                LineLayout layout) {
        int lead = 0;
        while (lead < raw.length() && isSpace(raw.charAt(lead))) {
            lead++;
        }
        String content = valueBeforeNote(trim(raw));
        int from = line.start() + offset + lead;
        Span span = new Span(from, from + content.length());
        out.add(new Token(content, CellText.kind(content), span, line.index(), cellIndex, offset + lead, layout, null));
    }

    /** The number of a cell that prints a note after it ({@code 22（其中修订16件）}), or the cell as it is. */
    private static String valueBeforeNote(String content) {
        java.util.regex.Matcher m = NOTED_VALUE.matcher(content);
        return m.matches() ? m.group(1) : content;
    }

    private static void addWords(List<Token> out, SourceLine line) {
        String text = line.text();
        boolean aligned = text.startsWith("   ") || WIDE_GAP.matcher(trim(text)).find();
        LineLayout layout = aligned ? LineLayout.ALIGNED : LineLayout.SPACED;
        for (int[] w : words(text)) {
            String word = text.substring(w[0], w[1]);
            Span span = new Span(line.start() + w[0], line.start() + w[1]);
            out.add(new Token(word, CellText.kind(word), span, line.index(), -1, (w[0] + w[1]) / 2.0, layout, null));
        }
    }

    /**
     * Words placed on a page keep their real horizontal position and box; a word with spaces inside (two cells run
     * together in the text layer) is cut there, each part placed where its characters lie in the word's box.
     */
    private static void addPlacedWords(List<Token> out, SourceLine line) {
        for (SourceWord word : line.words()) {
            String text = word.text();
            for (int[] w : words(text)) {
                String part = text.substring(w[0], w[1]);
                int from = line.start() + word.offset() + w[0];
                double center = w[0] == 0 && w[1] == text.length() ? word.centerX()
                        : word.box().x() + word.box().width() * (w[0] + w[1]) / 2.0 / text.length();
                out.add(new Token(part, CellText.kind(part), new Span(from, from + part.length()), line.index(),
                        -1, center, LineLayout.ALIGNED, word.box()));
            }
        }
    }

    /** The [start, end) of every run of non-space characters in the text, in order. */
    private static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                java.util.regex.Matcher amount = endsInUnit(text.charAt(i - 1))
                        ? AMOUNT_WITH_UNIT.matcher(text).region(start, i) : null;
                if (amount != null && amount.matches()) {
                    words.add(new int[]{start, amount.end(1)});
                    words.add(new int[]{amount.end(1), i});
                } else {
                    words.add(new int[]{start, i});
                }
            }
        }
        return words;
    }

    /** Whether a word ending in this character may be an amount glued to its unit (every unit ends in 元, 万 or 亿). */
    private static boolean endsInUnit(char c) {
        return c == '元' || c == '万' || c == '亿';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Strips whitespace of every kind, including no-break and ideographic spaces. */
    static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isSpace(raw.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }
}
