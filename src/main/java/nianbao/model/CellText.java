package nianbao.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Decides what the printed text of a table cell is: a number, a blank (empty, /, -, —), or text that is not a number;
 * the parser reads cells with it and a correction typed by the examiner is read the same way.
 */
public final class CellText {
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("[/／\\\\\\-－—–―~～]*");

    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("-?\\d+(\\.\\d+)?(亿元|万元|元|亿|万)");

    /** Digits on both sides of a space: two numbers in one cell (two cells run together), not one number. */
    private static final Pattern SPLIT_DIGITS = Pattern.compile("\\d[\\s\\u00a0\\u3000]+\\d");

    public enum Kind { NUMBER, BLANK, TEXT }

    private CellText() {
    }

    /** NFKC, minus signs unified, whitespace removed. */
    public static String clean(String raw) {
        if (isPlainAscii(raw)) {
            return raw; // NFKC leaves printable ASCII as it is, and it holds no space or other minus sign
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace('−', '-').replace('﹣', '-');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200b' && c != '\ufeff') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whether the text holds two numbers run together across a space ({@code 3 5}): two cells become one. */
    public static boolean runTogether(String raw) {
        return hasSpace(raw) && SPLIT_DIGITS.matcher(raw).find();
    }

    public static Kind kind(String raw) {
        if (isDigits(raw)) {
            return Kind.NUMBER; // the common case, without the patterns
        }
        if (hasLetter(raw)) {
            return Kind.TEXT; // no number or blank holds a letter, before or after NFKC (a word of prose, mostly)
        }
        if (runTogether(raw)) {
            return Kind.TEXT;
        }
        String s = clean(raw);
        if (NUMBER.matcher(s).matches()) {
            return Kind.NUMBER;
        }
        if (BLANK.matcher(s).matches()) {
            return Kind.BLANK;
        }
        return Kind.TEXT;
    }

    private static boolean isPlainAscii(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** One to eighteen ASCII digits and nothing else, a minus sign in front allowed. */
    private static boolean isDigits(String raw) {
        int start = raw.startsWith("-") ? 1 : 0;
        int n = raw.length() - start;
        if (n < 1 || n > 18) {
            return false;
        }
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isLetter(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSpace(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    /** An amount printed with its unit in one word, e.g. 1642.7万元. */
    public static boolean isAmountWithUnit(String raw) {
        return AMOUNT_WITH_UNIT.matcher(clean(raw)).matches();
    }

    public static boolean isNumber(String raw) {
        return kind(raw) == Kind.NUMBER;
    }

    public static BigDecimal number(String raw) {
        return new BigDecimal(clean(raw).replace(",", ""));
    }
}
