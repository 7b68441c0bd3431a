package nianbao.extract;

/** One line of extracted text and the offset of its first character in the whole text. */
public record SourceLine(int index, int start, String text) {
    public int end() {
        return start + text.length();
    }
}
