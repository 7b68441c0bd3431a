package nianbao.model;

/**
 * Where a value was read: its span in the extracted text, when the document has pages its box, and when it was read
 * from a page image by OCR the recogniser's confidence in it (0–1; null for a value of a text layer).
 */
public record Provenance(Span span, Box box, Double confidence) {
    public Provenance(Span span, Box box) {
        this(span, box, null);
    }

    public static Provenance of(Span span) {
        return new Provenance(span, null);
    }

    /** Whether the value was read from a page image by OCR. */
    public boolean ocr() {
        return confidence != null;
    }

    public Provenance withConfidence(double ocrConfidence) {
        return new Provenance(span, box, ocrConfidence);
    }
}
