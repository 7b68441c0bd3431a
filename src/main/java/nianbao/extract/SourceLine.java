package nianbao.extract;

import java.util.List;

/**
 * One line of extracted text, the offset of its first character in the whole text, and — for documents with pages —
 * the words on it with their boxes (empty otherwise).
 */
public record SourceLine(int index, int start, String text, List<SourceWord> words) {
    public SourceLine {
        words = List.copyOf(words);
    }

    public SourceLine(int index, int start, String text) {
        this(index, start, text, List.of());
    }

    public int end() {
        return start + text.length();
    }
}
