package nianbao.export;

import nianbao.format.FormWords;
import nianbao.format.GridCell;
import nianbao.format.ValueKind;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.Severity;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Writes one statistics table as a sheet laid out like the official format: merged header and group cells, values as
 * numbers where they are numbers, corrected cells blue with a comment holding the original value, kind and note.
 */
final class XlsxTableSheet {
    /** The sheet row of the grid's first row (a title row and an empty row come before it). */
    static final int FIRST_ROW = 2;
    private static final double CHARS_PER_WEIGHT = 10;
    private static final float LINE_POINTS = 15f;

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final ReviewFacts facts;

    XlsxTableSheet(XSSFWorkbook workbook, XlsxStyles styles, ReviewFacts facts) {
        this.workbook = workbook;
        this.styles = styles;
        this.facts = facts;
    }

    /** 审核状态：已审核　审核人：张三　导出时间：2026-12-04 23:30 */
    static String reviewLine(nianbao.model.ReviewedReport reviewed) {
        return "审核状态：" + ExportTexts.status(reviewed.status()) + "　审核人：" + ExportTexts.orEmpty(reviewed.examiner())
                + "　导出时间：" + ExportTexts.dateTime(reviewed.exportedAt());
    }

    void write(TableGrid grid) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                FormWords.shortTitle(grid.table())));
        XSSFCell title = cell(sheet, 0, 0);
        title.setCellValue(heading(grid.table()));
        title.setCellStyle(styles.get(XlsxStyles.Role.TITLE, XlsxStyles.Fill.NONE));
        sheet.getRow(0).setHeightInPoints(22f);
        // who reviewed it, how far, and when, on the sheet itself (a printout carries it), not only in the properties
        cell(sheet, 1, 0).setCellValue(reviewLine(facts.reviewed()));
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (GridCell c : grid.cells()) {
            XSSFCell top = cell(sheet, FIRST_ROW + c.row(), c.column());
            if (c.role() == GridCell.Role.VALUE) {
                writeValue(top, c.ref(), drawing);
            } else {
                top.setCellValue(c.text());
                top.setCellStyle(styles.get(role(c.role()), fill(c), false, null));
            }
            if (c.rowSpan() > 1 || c.columnSpan() > 1) {
                for (int r = c.row(); r <= c.lastRow(); r++) {
                    for (int k = c.column(); k <= c.lastColumn(); k++) {
                        cell(sheet, FIRST_ROW + r, k).setCellStyle(top.getCellStyle());
                    }
                }
                sheet.addMergedRegion(new CellRangeAddress(FIRST_ROW + c.row(), FIRST_ROW + c.lastRow(),
                        c.column(), c.lastColumn()));
            }
        }
        int[] widths = new int[grid.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (int) Math.round(grid.widths()[i] * CHARS_PER_WEIGHT);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        fitRowHeights(sheet, grid, widths);
        sheet.createFreezePane(grid.labelColumns(), FIRST_ROW + grid.headerRows());
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(grid.columns() > 6);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private String heading(String table) {
        var report = facts.reviewed().current();
        String who = ExportTexts.orEmpty(report.organ()) + (report.year() == null ? "" : " " + report.year() + "年");
        String title = facts.labels().tableTitle(table);
        return who.isBlank() ? title : who.strip() + " — " + title;
    }

    private void writeValue(XSSFCell target, CellRef ref, XSSFDrawing drawing) {
        Cell value = facts.current(ref);
        ValueKind kind = facts.kind(ref);
        Optional<Correction> correction = facts.correction(ref);
        XlsxStyles.Fill fill = correction.isPresent() ? XlsxStyles.Fill.CORRECTED
                : severityFill(ref.table(), ref.row());
        String format = null;
        if (value != null && value.isNumber() && kind != ValueKind.FREE_TEXT && isExactDouble(value.number())) {
            BigDecimal n = value.number();
            int scale = Math.max(0, kind == ValueKind.DECIMAL ? n.scale() : n.stripTrailingZeros().scale());
            target.setCellValue(n.doubleValue());
            format = scale == 0 ? "0" : "0." + "0".repeat(scale);
        } else if (value != null && !value.isBlank()) {
            target.setCellValue(ValueText.of(value, kind));
        }
        target.setCellStyle(styles.get(XlsxStyles.Role.VALUE, fill, correction.isPresent(), format));
        correction.ifPresent(c -> target.setCellComment(comment(drawing, target, ref, c)));
    }

    private XSSFComment comment(XSSFDrawing drawing, XSSFCell target, CellRef ref, Correction c) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(target.getColumnIndex() + 1);
        anchor.setCol2(target.getColumnIndex() + 5);
        anchor.setRow1(target.getRowIndex());
        anchor.setRow2(target.getRowIndex() + 5);
        XSSFComment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(commentText(ref, c)));
        comment.setAuthor(ExportTexts.orEmpty(c.examiner()));
        return comment;
    }

    /** 原值, kind, note, who and when of a correction, one per line. */
    String commentText(CellRef ref, Correction c) {
        StringBuilder text = new StringBuilder("原值：").append(ValueText.shown(facts.original(ref), facts.kind(ref)));
        text.append("\n类型：").append(ExportTexts.correctionKind(c.kind()));
        if (c.note() != null && !c.note().isBlank()) {
            text.append("\n备注：").append(c.note().strip());
        }
        String who = (ExportTexts.orEmpty(c.examiner()) + " " + ExportTexts.dateTime(c.at())).strip();
        if (!who.isEmpty()) {
            text.append('\n').append(who);
        }
        return text.toString();
    }

    private XlsxStyles.Fill fill(GridCell c) {
        return switch (c.role()) {
            case HEADER, NOTE, GROUP -> XlsxStyles.Fill.HEADER;
            case CAPTION -> XlsxStyles.Fill.CAPTION;
            case LABEL -> severityFill(c.ref().table(), c.ref().row());
            case VALUE -> XlsxStyles.Fill.NONE;
        };
    }

    private XlsxStyles.Fill severityFill(String table, String row) {
        Severity severity = facts.rowSeverity(table, row);
        if (severity == Severity.ERROR) {
            return XlsxStyles.Fill.ERROR;
        }
        return severity == Severity.WARNING ? XlsxStyles.Fill.WARNING : XlsxStyles.Fill.NONE;
    }

    private static XlsxStyles.Role role(GridCell.Role role) {
        return switch (role) {
            case CAPTION -> XlsxStyles.Role.CAPTION;
            case HEADER, NOTE, GROUP -> XlsxStyles.Role.HEADER;
            case LABEL -> XlsxStyles.Role.LABEL;
            case VALUE -> XlsxStyles.Role.VALUE;
        };
    }

    /** Whether a double holds the number exactly (up to 15 significant digits), so Excel shows what was printed. */
    static boolean isExactDouble(BigDecimal n) {
        return n.precision() <= 15 && new BigDecimal(Double.toString(n.doubleValue())).compareTo(n) == 0;
    }

    /** Grows each row to the wrapped text of its one-row cells (Excel does not do it for merged cells). */
    private static void fitRowHeights(XSSFSheet sheet, TableGrid grid, int[] widths) {
        int[] lines = new int[grid.rows()];
        for (GridCell c : grid.cells()) {
            if (c.rowSpan() != 1 || c.text() == null) {
                continue;
            }
            int chars = 0;
            for (int k = c.column(); k <= c.lastColumn(); k++) {
                chars += widths[k];
            }
            lines[c.row()] = Math.max(lines[c.row()], XlsxText.lines(c.text(), chars - 1));
        }
        for (int r = 0; r < lines.length; r++) {
            if (lines[r] > 1) {
                sheet.getRow(FIRST_ROW + r).setHeightInPoints(lines[r] * LINE_POINTS + 3f);
            }
        }
    }

    static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }
}
