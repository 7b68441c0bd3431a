package nianbao.export;

import nianbao.format.ValueKind;
import nianbao.model.Cell;

import java.math.BigDecimal;

/**
 * How a cell's value is written as text in every export, the same way the JSON writes it: numbers exact (2.0 → 2),
 * amounts as printed without spaces, text stripped, blank and absent cells empty.
 */
final class ValueText {
    private ValueText() {
    }

    static String of(Cell cell, ValueKind kind) {
        if (cell == null || cell.isBlank()) {
            return "";
        }
        if (kind == ValueKind.DECIMAL || kind == ValueKind.FREE_TEXT) {
            return printed(cell);
        }
        if (cell.isText() || cell.number() == null) {
            return cell.raw() == null ? "" : cell.raw().strip();
        }
        return plain(cell.number());
    }

    /** The value as a message shows it: 空 for a blank or absent cell, otherwise {@link #of}. */
    static String shown(Cell cell, ValueKind kind) {
        String text = of(cell, kind);
        return text.isEmpty() ? "空" : text;
    }

    /** An exact number: integral values without a fraction (2.0 → 2), others as plain decimals. */
    static String plain(BigDecimal n) {
        if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
            return n.toBigInteger().toString();
        }
        return n.toPlainString();
    }

    /** The printed text without any whitespace (pdftotext puts spaces inside {@code 1642.7 万元}). */
    static String printed(Cell cell) {
        if (cell.raw() == null) {
            return cell.number() == null ? "" : cell.number().toPlainString();
        }
        StringBuilder out = new StringBuilder(cell.raw().length());
        cell.raw().codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
