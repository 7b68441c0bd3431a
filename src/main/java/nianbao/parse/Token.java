package nianbao.parse;

import nianbao.model.CellText;
import nianbao.model.Box;
import nianbao.model.Span;

/**
 * One cell or word of a table region: its printed text, its kind (number, explicit blank cell, text), where it is in
 * the source text, its line, its cell index in that line (for delimited layouts), its horizontal position and, on a
 * page, its box; {@code norm} is the text normalised once for label matching.
 */
record Token(String text, CellText.Kind kind, Span span, int line, int cell, double x, LineLayout layout, Box box,
             String norm) {
    Token(String text, CellText.Kind kind, Span span, int line, int cell, double x, LineLayout layout, Box box) {
        this(text, kind, span, line, cell, x, layout, box, nianbao.format.Labels.normalize(text));
    }

    boolean isNumber() {
        return kind == CellText.Kind.NUMBER;
    }

    boolean isBlank() {
        return kind == CellText.Kind.BLANK;
    }

    boolean isText() {
        return kind == CellText.Kind.TEXT;
    }
}
