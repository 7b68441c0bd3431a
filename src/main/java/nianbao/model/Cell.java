package nianbao.model;

import java.math.BigDecimal;

/**
 * One value of a statistics table as read from the report: its raw text, what that text means (a number, a blank,
 * or text that is not a number), where it was read, if the parser could not place it with certainty why, and if the
 * layout left several places open and the form's own sums chose this one, how ({@code inference}).
 */
public record Cell(CellRef ref, String raw, Kind kind, BigDecimal number, Provenance provenance, String uncertainty,
                   String inference) {

    public Cell(CellRef ref, String raw, Kind kind, BigDecimal number, Provenance provenance, String uncertainty) {
        this(ref, raw, kind, number, provenance, uncertainty, null);
    }

    /** What the printed text of a cell amounts to. */
    public enum Kind { NUMBER, BLANK, TEXT }

    public static Cell number(CellRef ref, String raw, BigDecimal number, Provenance provenance) {
        return new Cell(ref, raw, Kind.NUMBER, number, provenance, null);
    }

    public static Cell blank(CellRef ref, String raw, Provenance provenance) {
        return new Cell(ref, raw, Kind.BLANK, null, provenance, null);
    }

    public static Cell text(CellRef ref, String raw, Provenance provenance) {
        return new Cell(ref, raw, Kind.TEXT, null, provenance, null);
    }

    /** Reads printed text the way the parser does: a number, a blank, or text that is not a number. */
    public static Cell read(CellRef ref, String raw, Provenance provenance) {
        return switch (CellText.kind(raw)) {
            case NUMBER -> number(ref, raw, CellText.number(raw), provenance);
            case BLANK -> blank(ref, raw, provenance);
            case TEXT -> text(ref, raw, provenance);
        };
    }

    public Cell withUncertainty(String reason) {
        return new Cell(ref, raw, kind, number, provenance, reason, inference);
    }

    /** This cell as placed by the form's sums among the places the layout allowed (and so no longer uncertain). */
    public Cell withInference(String how) {
        return new Cell(ref, raw, kind, number, provenance, null, how);
    }

    public boolean inferred() {
        return inference != null;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean uncertain() {
        return uncertainty != null;
    }

    /** The value for arithmetic: blank counts as 0; text has no value (null). */
    public BigDecimal arithmeticValue() {
        return switch (kind) {
            case NUMBER -> number;
            case BLANK -> BigDecimal.ZERO;
            case TEXT -> null;
        };
    }

    /** How the value is shown in a message: the number, 空 for a blank, the text in quotes otherwise. */
    public String display() {
        return switch (kind) {
            case NUMBER -> number.toPlainString();
            case BLANK -> "空";
            case TEXT -> "“" + raw.strip() + "”";
        };
    }
}
