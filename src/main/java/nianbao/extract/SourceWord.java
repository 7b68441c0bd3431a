package nianbao.extract;

import nianbao.model.Box;

/**
 * A word placed on a page (PDF, or a page image read by OCR): its text, its offset within its line's text, its box,
 * and for OCR how sure the recogniser was of its least certain character (0–1; null for a text layer). Lines that
 * carry words let the parser use real horizontal positions instead of counting spaces.
 */
public record SourceWord(String text, int offset, Box box, Double confidence) {
    public SourceWord(String text, int offset, Box box) {
        this(text, offset, box, null);
    }

    public double centerX() {
        return box.x() + box.width() / 2;
    }
}
