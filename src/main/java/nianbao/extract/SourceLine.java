package nianbao.extract;

import java.util.List;

/**
 * One line of extracted text, the offset of its first character in the whole text, and what the source proves about
 * its parts: for documents with pages the words on it with their boxes, for a table row of a structured document its
 * cells (both empty otherwise). This is the one input every reader gives the parser.
 */
public record SourceLine(int index, int start, String text, List<SourceWord> words, List<SourceCell> cells) {
    public SourceLine {
        words = List.copyOf(words);
        cells = List.copyOf(cells);
    }

    public SourceLine(int index, int start, String text, List<SourceWord> words) {
        this(index, start, text, words, List.of());
    }

    public SourceLine(int index, int start, String text) {
        this(index, start, text, List.of(), List.of());
    }

    public int end() {
        return start + text.length();
    }
}
