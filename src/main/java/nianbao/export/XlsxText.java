package nianbao.export;

/** Estimates how many lines a text wraps to in a spreadsheet column (a Chinese character is two widths wide). */
final class XlsxText {
    private XlsxText() {
    }

    /** Lines of {@code text} in a column {@code chars} character widths wide, counting line breaks. */
    static int lines(String text, int chars) {
        int width = Math.max(1, chars);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int units = paragraph.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
            lines += Math.max(1, (units + width - 1) / width);
        }
        return lines;
    }
}
