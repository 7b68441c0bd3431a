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
        if (isPlainAscii(raw)) {
            return raw.toString(); // NFKC leaves it as it is and nothing in it is dropped (a number, mostly)
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
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

    private static boolean isPlainAscii(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** Characters that never matter when comparing labels: whitespace (incl. U+3000, NBSP) and quotation marks. */
    public static boolean isDropped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」';
    }
}
