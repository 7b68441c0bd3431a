package nianbao.model;

/** Where a value was read: its span in the extracted text and, when the document has pages, its box. */
public record Provenance(Span span, Box box) {
    public static Provenance of(Span span) {
        return new Provenance(span, null);
    }
}
