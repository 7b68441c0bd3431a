package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles a SourceDocument line by line, keeping every line's offset in the whole text; readers of structured
 * documents write a table row as one line of tab-separated cells, with empty cells where merged cells lie.
 */
final class DocumentBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<SourceLine> lines = new ArrayList<>();

    void line(String content) {
        line(content, List.of());
    }

    void line(String content, List<SourceWord> words) {
        String clean = content.replace('\n', ' ').replace('\r', ' ');
        lines.add(new SourceLine(lines.size(), text.length(), clean, words));
        text.append(clean).append('\n');
    }

    /** A table row: cells joined by tabs, each cell's own tabs and line breaks turned into spaces. */
    void row(List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        for (String cell : cells) {
            clean.add(cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip());
        }
        line(String.join("\t", clean));
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    SourceDocument build(String format) {
        return build(format, List.of());
    }

    SourceDocument build(String format, List<Ruling> rulings) {
        return new SourceDocument(format, text.toString(), lines, rulings);
    }
}
