package nianbao.format;

import java.text.Normalizer;

/**
 * The one place where printed labels are normalised for matching: NFKC (full-width to half-width), every kind of
 * whitespace and line break removed, quotes dropped, and the enumeration mark after a digit ({@code 1、} / {@code 1．})
 * unified to {@code 1.}.
 */
public final class Labels {
    private Labels() {
    }

    public static String normalize(CharSequence raw) {
        CharSequence s = isStable(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int first = 0;
        while (first < s.length() && isKept(s, first)) {
            first++;
        }
        if (first == s.length()) {
            return s.toString(); // nothing to drop or change (a number or a clean label, mostly)
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            if (c == '、' && out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) {
                c = '.';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The character at {@code i} stays as it is: it is not dropped, nor an enumeration mark after a digit. */
    private static boolean isKept(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c > ' ' && c < 0x7f) {
            return c != '"' && c != '\'';
        }
        if (c >= '\u4e00' && c <= '\u9fff') {
            return true;
        }
        if (c == '、') {
            return i == 0 || !Character.isDigit(s.charAt(i - 1));
        }
        return !isDropped(c);
    }

    /**
     * True when NFKC leaves every character as it is or maps it to a character that is dropped anyway: the common
     * case of a label in ideographs, ASCII and CJK punctuation, which then skips the normaliser (the costly part).
     */
    static boolean isStable(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (!isStable(raw.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character NFKC leaves as it is, or one {@link #isDropped} drops whatever NFKC makes of it. */
    static boolean isStable(char c) {
        return (c >= 0x20 && c < 0x7f) || (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf')
                || (c >= '\u3001' && c <= '\u3003') || (c >= '\u3008' && c <= '\u3011')
                || (c >= '\u3014' && c <= '\u301f') || c == '\u2014' || (c >= '\u2018' && c <= '\u201d')
                || c == '\u00b7' || c == '\u3000' || c == '\u00a0' || c == '\t' || c == '\n' || c == '\r';
    }

    /** Characters that never matter when comparing labels: whitespace (incl. U+3000, NBSP) and quotation marks. */
    public static boolean isDropped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」';
    }
}
