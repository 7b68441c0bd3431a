package nianbao.export;

import nianbao.format.Formats;
import nianbao.model.OverviewRow;
import nianbao.model.Cell;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The season's summary for an examiner's superiors (export --overview): one row per report with organ, year, review
 * status, examiner, the key totals (一 新收, 二 上年结转, （七） 办理, 四 结转 — each 总计 —, 行政复议 and 行政诉讼 totals), the
 * error and warning counts, the repetition rate and the number of findings of each rule; as a workbook with a frozen
 * header row, filters, column widths and a landscape page fitted to the width, or as CSV (UTF-8 with BOM).
 */
public final class OverviewWriter {
    private static final String SHEET = "汇总";
    private static final List<String> FIXED = List.of("编号", "机关", "年度", "文件", "审核状态", "审核人",
            "一、本年新收申请", "二、上年结转", "（七）办理总计", "四、结转下年度", "行政复议总计", "行政诉讼总计", "错误", "警告",
            "与上年重复率");
    private static final int[] FIXED_WIDTHS = {6, 30, 7, 28, 9, 10, 10, 9, 10, 10, 10, 10, 7, 7, 10};
    private static final int RULE_WIDTH = 12;

    /** Writes the rows as {@code xlsx} or {@code csv}. */
    public void write(List<OverviewRow> rows, ExportFormat format, Path target) throws ExportException {
        List<String> rules = rules(rows);
        List<List<Object>> table = new ArrayList<>();
        for (OverviewRow row : rows) {
            table.add(values(row, rules));
        }
        List<String> header = new ArrayList<>(FIXED);
        header.addAll(rules);
        switch (format) {
            case XLSX -> AtomicFile.write(target, out -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    sheet(workbook, header, table);
                    workbook.write(out);
                }
            });
            case CSV -> AtomicFile.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                csv(writer, header, table);
                writer.flush();
            });
            default -> throw new IllegalArgumentException("an overview is a workbook or CSV, not " + format.id());
        }
    }

    /** Every rule some report has a finding of, in id order: one column each. */
    static List<String> rules(List<OverviewRow> rows) {
        TreeSet<String> rules = new TreeSet<>();
        rows.forEach(r -> r.reviewed().findings().forEach(f -> rules.add(f.rule())));
        return List.copyOf(rules);
    }

    static List<Object> values(OverviewRow row, List<String> rules) {
        Report report = row.reviewed().current();
        Tables t = report.tables();
        List<Finding> findings = row.reviewed().findings();
        List<Object> values = new ArrayList<>(List.of(row.id(), ExportTexts.orEmpty(report.organ()),
                report.year() == null ? "" : report.year(), ExportTexts.orEmpty(row.reviewed().fileName()),
                ExportTexts.status(row.reviewed().status()), ExportTexts.orEmpty(row.examiner()),
                total(t, Formats.REQUESTS, Formats.NEW_RECEIVED), total(t, Formats.REQUESTS, Formats.CARRIED_OVER),
                total(t, Formats.REQUESTS, Formats.TOTAL), total(t, Formats.REQUESTS, Formats.CARRIED_FORWARD),
                total(t, Formats.REVIEW_LITIGATION, Formats.REVIEW), litigation(t),
                count(findings, Severity.ERROR), count(findings, Severity.WARNING),
                row.repetition() == null ? "" : Math.round(row.repetition() * 100) + "%"));
        for (String rule : rules) {
            values.add(findings.stream().filter(f -> f.rule().equals(rule)).count());
        }
        return values;
    }

    /** A row's 总计 as a number, its text when it is not one, "" when the report lacks it. */
    private static Object total(Tables tables, String table, String row) {
        Cell cell = tables.cell(table, row, Formats.TOTAL);
        if (cell == null) {
            return "";
        }
        return cell.isNumber() ? cell.number() : cell.isBlank() ? "" : cell.raw().strip();
    }

    /** 行政诉讼: 未经复议直接起诉 and 复议后起诉 together (blank counts as 0; "" when neither is a number). */
    private static Object litigation(Tables tables) {
        Object direct = total(tables, Formats.REVIEW_LITIGATION, Formats.LITIGATION_DIRECT);
        Object after = total(tables, Formats.REVIEW_LITIGATION, Formats.LITIGATION_AFTER_REVIEW);
        if (direct instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.add(b);
        }
        if (direct instanceof BigDecimal a) {
            return a;
        }
        return after instanceof BigDecimal b ? b : "";
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static void sheet(XSSFWorkbook workbook, List<String> header, List<List<Object>> rows) {
        XlsxStyles styles = new XlsxStyles(workbook);
        XSSFSheet sheet = workbook.createSheet(SHEET);
        for (int c = 0; c < header.size(); c++) {
            XSSFCell cell = XlsxTableSheet.cell(sheet, 0, c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.get(XlsxStyles.Role.HEADER, XlsxStyles.Fill.HEADER));
            sheet.setColumnWidth(c, (c < FIXED_WIDTHS.length ? FIXED_WIDTHS[c] : RULE_WIDTH) * 256);
        }
        sheet.getRow(0).setHeightInPoints(36);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> values = rows.get(r);
            XlsxStyles.Fill fill = ((Number) values.get(FIXED.indexOf("错误"))).longValue() > 0 ? XlsxStyles.Fill.ERROR
                    : ((Number) values.get(FIXED.indexOf("警告"))).longValue() > 0 ? XlsxStyles.Fill.WARNING
                    : XlsxStyles.Fill.NONE;
            for (int c = 0; c < values.size(); c++) {
                XSSFCell cell = XlsxTableSheet.cell(sheet, r + 1, c);
                Object value = values.get(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                    cell.setCellStyle(styles.get(XlsxStyles.Role.VALUE, fill));
                } else {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(styles.get(XlsxStyles.Role.TEXT, fill));
                }
            }
        }
        sheet.createFreezePane(2, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
        }
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, header.size() - 1));
        workbook.getProperties().getCoreProperties().setTitle("政府信息公开工作年度报告 审核汇总");
    }

    private static void csv(Writer out, List<String> header, List<List<Object>> rows) throws IOException {
        out.write('\ufeff');
        line(out, new ArrayList<>(header));
        for (List<Object> row : rows) {
            line(out, row);
        }
    }

    private static void line(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = fields.get(i);
            out.write(CsvWriter.quoted(value instanceof BigDecimal d ? d.toPlainString() : value.toString()));
        }
        out.write("\r\n");
    }
}
