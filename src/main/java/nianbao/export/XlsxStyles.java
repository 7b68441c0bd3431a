package nianbao.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.Map;

/**
 * The workbook's cell styles, made once per combination of role, fill, weight and number format (a workbook may hold
 * only so many styles): headers grey, rows with errors red, with warnings yellow, corrected cells blue and bold.
 */
final class XlsxStyles {
    /** What kind of cell a style is for. */
    enum Role { TITLE, HEADER, CAPTION, LABEL, VALUE, TEXT }

    /** The background of a cell. */
    enum Fill {
        NONE(null), HEADER(new byte[]{(byte) 0xD9, (byte) 0xD9, (byte) 0xD9}),
        CAPTION(new byte[]{(byte) 0xF2, (byte) 0xF2, (byte) 0xF2}),
        ERROR(new byte[]{(byte) 0xFC, (byte) 0xDD, (byte) 0xD9}),
        WARNING(new byte[]{(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}),
        CORRECTED(new byte[]{(byte) 0xBD, (byte) 0xD7, (byte) 0xEE});

        private final byte[] rgb;

        Fill(byte[] rgb) {
            this.rgb = rgb;
        }
    }

    private record Key(Role role, Fill fill, boolean bold, String format) {
    }

    private final XSSFWorkbook workbook;
    private final Map<Key, XSSFCellStyle> styles = new HashMap<>();
    private final XSSFFont regular;
    private final XSSFFont bold;
    private final XSSFFont title;

    XlsxStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.regular = font(false, 11);
        this.bold = font(true, 11);
        this.title = font(true, 14);
    }

    XSSFCellStyle get(Role role, Fill fill, boolean emphasised, String numberFormat) {
        return styles.computeIfAbsent(new Key(role, fill, emphasised, numberFormat), this::create);
    }

    XSSFCellStyle get(Role role, Fill fill) {
        return get(role, fill, false, null);
    }

    private XSSFCellStyle create(Key key) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(key.role() != Role.TITLE);
        boolean heading = key.role() == Role.HEADER || key.role() == Role.CAPTION;
        style.setFont(key.role() == Role.TITLE ? title : heading || key.bold() ? bold : regular);
        style.setAlignment(switch (key.role()) {
            case TITLE, CAPTION, LABEL, TEXT -> HorizontalAlignment.LEFT;
            case HEADER, VALUE -> HorizontalAlignment.CENTER;
        });
        if (key.role() != Role.TITLE) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        if (key.fill().rgb != null) {
            style.setFillForegroundColor(new XSSFColor(key.fill().rgb, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (key.format() != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
        }
        return style;
    }

    private XSSFFont font(boolean isBold, int points) {
        XSSFFont font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) points);
        font.setBold(isBold);
        return font;
    }
}
