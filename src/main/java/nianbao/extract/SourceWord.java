package nianbao.extract;

import nianbao.model.Box;

/**
 * A word placed on a page (PDF): its text, its offset within its line's text, and its box. Lines that carry words let
 * the parser use real horizontal positions instead of counting spaces.
 */
public record SourceWord(String text, int offset, Box box) {
    public double centerX() {
        return box.x() + box.width() / 2;
    }
}
