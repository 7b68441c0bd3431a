package nianbao.export;

import nianbao.model.Cell;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.model.FindingResolution;
import nianbao.model.Severity;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Writes the 发现 sheet (every finding with its resolution) and the 更正记录 sheet (the whole correction history). */
final class XlsxListSheets {
    static final String FINDINGS = "发现";
    static final String CORRECTIONS = "更正记录";
    private static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private final XSSFWorkbook workbook;
    private final XlsxStyles styles;
    private final ReviewFacts facts;

    XlsxListSheets(XSSFWorkbook workbook, XlsxStyles styles, ReviewFacts facts) {
        this.workbook = workbook;
        this.styles = styles;
        this.facts = facts;
    }

    void writeFindings() {
        PrintedLabels labels = facts.labels();
        List<Object[]> rows = new ArrayList<>();
        List<XlsxStyles.Fill> fills = new ArrayList<>();
        for (Finding f : facts.reviewed().findings()) {
            Optional<FindingResolution> r = facts.resolutionOf(f);
            rows.add(new Object[]{f.rule(), ExportTexts.severity(f.severity()), labels.tableShortTitle(f.table()),
                    f.row() == null ? "" : labels.rowLabel(f.table(), f.row()),
                    labels.columnLabel(f.table(), f.row(), f.column()), f.message(),
                    r.map(x -> ExportTexts.resolution(x.resolution())).orElse(""),
                    r.map(x -> ExportTexts.orEmpty(x.note())).orElse(""),
                    r.map(x -> ExportTexts.orEmpty(x.examiner())).orElse(""),
                    r.map(FindingResolution::at).map(XlsxListSheets::local).orElse(null)});
            fills.add(f.severity() == Severity.ERROR ? XlsxStyles.Fill.ERROR
                    : f.severity() == Severity.WARNING ? XlsxStyles.Fill.WARNING : XlsxStyles.Fill.NONE);
        }
        write(FINDINGS, new String[]{"规则", "级别", "表", "行", "列", "说明", "处理结果", "备注", "处理人", "处理时间"},
                new int[]{24, 6, 14, 36, 16, 60, 22, 30, 10, 17}, rows, fills);
    }

    void writeCorrections() {
        List<Object[]> rows = new ArrayList<>();
        List<XlsxStyles.Fill> fills = new ArrayList<>();
        for (Correction c : facts.reviewed().history()) {
            rows.add(new Object[]{local(c.at()), ExportTexts.orEmpty(c.examiner()), facts.labels().location(c.ref()),
                    shown(c, c.oldRaw()), shown(c, c.newRaw()), ExportTexts.correctionKind(c.kind()),
                    ExportTexts.orEmpty(c.note())});
            fills.add(XlsxStyles.Fill.NONE);
        }
        write(CORRECTIONS, new String[]{"时间", "审核人", "单元格", "原值", "新值", "类型", "备注"},
                new int[]{17, 10, 50, 12, 12, 10, 40}, rows, fills);
    }

    private String shown(Correction c, String raw) {
        return ValueText.shown(Cell.read(c.ref(), raw == null ? "" : raw, null), facts.kind(c.ref()));
    }

    private void write(String name, String[] headers, int[] widths, List<Object[]> rows, List<XlsxStyles.Fill> fills) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        for (int c = 0; c < headers.length; c++) {
            XSSFCell cell = XlsxTableSheet.cell(sheet, 0, c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.get(XlsxStyles.Role.HEADER, XlsxStyles.Fill.HEADER));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Object[] values = rows.get(r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                XSSFCell cell = XlsxTableSheet.cell(sheet, r + 1, c);
                String format = null;
                if (values[c] instanceof LocalDateTime time) {
                    cell.setCellValue(time);
                    format = TIME_FORMAT;
                } else if (values[c] != null) {
                    String text = values[c].toString();
                    cell.setCellValue(text);
                    lines = Math.max(lines, XlsxText.lines(text, widths[c] - 1));
                }
                cell.setCellStyle(styles.get(XlsxStyles.Role.TEXT, fills.get(r), false, format));
            }
            if (lines > 1) {
                sheet.getRow(r + 1).setHeightInPoints(lines * 15f + 3f);
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, headers.length - 1));
        }
    }

    private static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneId.systemDefault());
    }
}
