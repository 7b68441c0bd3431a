package nianbao.model;

/** A half-open range of character offsets [start, end) in a source document's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Span union(Span other) {
        return other == null ? this : new Span(Math.min(start, other.start), Math.max(end, other.end));
    }
}
