package nianbao.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures text in the embedded font and breaks it into lines that fit a width: Chinese between any two characters
 * (closing punctuation stays with the character before it), Latin words and numbers at spaces, over-long words by
 * character; characters the font lacks become '?', so nothing prints as a box.
 */
final class PdfTextWrapper {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’,.;:?!)]}%";
    private static final String NO_LINE_END = "（《「『【〔“‘([{";

    private final CjkFont font;
    private final Map<Integer, Float> widths = new HashMap<>();

    PdfTextWrapper(CjkFont font) {
        this.font = font;
    }

    /** Only characters the font can show: tabs become spaces, other control characters are dropped. */
    String displayable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || cp == 0xFEFF || cp == 0x200B) {
                return;
            } else if (cp == ' ' || font.canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width in points of displayable text at the given size. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += unitWidth(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** The text in lines no wider than {@code maxWidth}; line breaks in the text are kept; empty text is no line. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        for (String paragraph : displayable(text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String unit : units(paragraph)) {
            float w = width(unit, size);
            boolean space = unit.isBlank();
            if (lineWidth + w <= maxWidth || line.length() == 0 && w <= maxWidth) {
                if (!(space && line.length() == 0)) {
                    line.append(unit);
                    lineWidth += w;
                }
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (space) {
                continue;
            }
            if (w <= maxWidth) {
                line.append(unit);
                lineWidth = w;
            } else {
                lineWidth = breakLongUnit(unit, size, maxWidth, line, lines);
            }
        }
        lines.add(line.toString().stripTrailing());
    }

    /** Breaks a word wider than the line by character; returns the width of the part left on the last line. */
    private float breakLongUnit(String unit, float size, float maxWidth, StringBuilder line, List<String> lines) {
        float lineWidth = 0;
        for (int i = 0; i < unit.length(); ) {
            int cp = unit.codePointAt(i);
            float w = unitWidth(cp) * size / 1000f;
            if (lineWidth + w > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(cp);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }

    /**
     * Breakable units: one Chinese character with the closing punctuation after it, a Latin word (split after _ and
     * after a dot before a letter, so rule ids break at their parts), or a space run; opening brackets stay with the
     * unit after them.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        String opening = "";
        while (i < text.length()) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                while (i < text.length() && text.charAt(i) == ' ') {
                    i++;
                }
            } else if (NO_LINE_END.indexOf(cp) >= 0) {
                opening += text.substring(start, i);
                continue;
            } else if (isWide(cp)) {
                i = skipClosing(text, i);
            } else {
                while (i < text.length() && text.charAt(i) != ' ' && !isWide(text.codePointAt(i))
                        && !breaksAfter(text, i - 1) && NO_LINE_END.indexOf(text.charAt(i)) < 0) {
                    i += Character.charCount(text.codePointAt(i));
                }
                i = skipClosing(text, i);
            }
            units.add(opening + text.substring(start, i));
            opening = "";
        }
        if (!opening.isEmpty()) {
            units.add(opening);
        }
        return units;
    }

    private static boolean breaksAfter(String text, int index) {
        char c = text.charAt(index);
        return c == '_' || c == '.' && index + 1 < text.length() && Character.isLetter(text.charAt(index + 1));
    }

    private static int skipClosing(String text, int from) {
        int i = from;
        while (i < text.length() && NO_LINE_START.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x1100 && NO_LINE_START.indexOf(cp) < 0 && NO_LINE_END.indexOf(cp) < 0;
    }

    private float unitWidth(int cp) {
        return widths.computeIfAbsent(cp, c -> {
            try {
                return font.font().getStringWidth(new String(Character.toChars(c)));
            } catch (IOException | IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException("no width for U+" + Integer.toHexString(c), e));
            }
        });
    }
}
