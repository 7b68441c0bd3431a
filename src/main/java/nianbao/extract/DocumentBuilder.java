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
        add(content.replace('\n', ' ').replace('\r', ' '), words, List.of());
    }

    private void add(String content, List<SourceWord> words, List<SourceCell> cells) {
        nianbao.model.WorkBudget.checkpoint();
        lines.add(new SourceLine(lines.size(), text.length(), content, words, cells));
        text.append(content).append('\n');
    }

    /** A table row of cells none of which is merged. */
    void row(List<String> cells) {
        row(cells, new boolean[cells.size()]);
    }

    /**
     * A table row: cells joined by tabs in the text (each cell's own tabs and line breaks turned into spaces), and
     * the cells themselves kept, with the positions that only continue a merged cell marked.
     */
    void row(List<String> cells, boolean[] merged) {
        StringBuilder joined = new StringBuilder();
        List<SourceCell> parts = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                joined.append('\t');
            }
            String clean = cells.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
            parts.add(new SourceCell(joined.length(), clean.length(), i < merged.length && merged[i]));
            joined.append(clean);
        }
        add(joined.toString(), List.of(), parts);
    }

    int lineCount() {
        return lines.size();
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
