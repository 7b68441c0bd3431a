package nianbao.export;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import nianbao.model.Tables;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports at the edges: nothing known about them, the 2019 trial format, a note longer than a page. */
class UnusualReportExportTest {
    @TempDir
    Path dir;

    private static ReviewedReport reviewed(Report report, List<Correction> corrections) {
        return new ReviewedReport(null, null, report, report, List.of(), Map.of(), corrections, corrections, null,
                null, null);
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aReportWithNothingKnownExportsInEveryFormat() throws Exception {
        Report empty = new Report("x.txt", "txt", null, null, FormatVersion.UNKNOWN, Tables.builder().build(),
                List.of(), List.of(), List.of(), "");
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("empty" + format.extension());
            new Exporter().export(reviewed(empty, List.of()), format, target);
            assertThat(Files.size(target)).as(format.id()).isPositive();
        }
        assertThat(pdfText(dir.resolve("empty.pdf"))).contains("未审", "（报告中无此行）", "未识别", "无更正");
    }

    @Test
    void theTrialFormatKeepsItsColumnsAndFreeTextAmount() throws Exception {
        Tables tables = Tables.builder()
                .put(Cell.number(new CellRef("active", "other_services", "change"), "-6", new BigDecimal("-6"), null))
                .put(Cell.number(new CellRef("active", "procurement", "items"), "38", new BigDecimal("38"), null))
                .put(Cell.text(new CellRef("active", "procurement", "amount"), "1642.7 万元", null))
                .build();
        Report report = new Report("old.txt", "txt", "某县人民政府", 2020, FormatVersion.V2019, tables, List.of(),
                List.of(), List.of(), "");
        Path xlsx = dir.resolve("old.xlsx");
        new XlsxWriter().write(reviewed(report, List.of()), xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet active = workbook.getSheet("二、主动公开");
            XSSFRow procurement = row(active, "政府集中采购");
            assertThat(procurement.getCell(1).getNumericCellValue()).isEqualTo(38);
            assertThat(procurement.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(procurement.getCell(2).getStringCellValue()).isEqualTo("1642.7万元");
            assertThat(row(active, "其他对外管理服务事项").getCell(2).getNumericCellValue()).isEqualTo(-6);
        }
        Path pdf = dir.resolve("old.pdf");
        new AuditPdfWriter().write(reviewed(report, List.of()), pdf);
        assertThat(pdfText(pdf).replaceAll("\\s", "")).contains("2019年试行版", "政府集中采购", "1642.7万元",
                "本年增/减", "第二十条第（九）项");
    }

    @Test
    void aNoteLongerThanAPageIsPrintedInFull() throws Exception {
        Report base = ExportFixtures.reviewed().current();
        StringBuilder note = new StringBuilder();
        for (int i = 1; note.length() < 6000; i++) {
            note.append("第").append(i).append("段：原件与文字层核对后确认该数值应为零，并已电话联系起草单位说明情况。");
        }
        CellRef ref = new CellRef("active", "licensing", "decisions");
        Correction c = new Correction(1, ref, "5060", "5061", CorrectionKind.PARSE_ERROR, note.toString(), "李四",
                Instant.parse("2025-02-01T00:00:00Z"));
        Report corrected = base.withTables(base.tables().with(Cell.read(ref, "5061", null)));
        ReviewedReport reviewed = new ReviewedReport("long.txt", "abc", base, corrected, List.of(), Map.of(),
                List.of(c), List.of(c), null, "李四", Instant.parse("2025-02-01T00:00:00Z"));
        Path pdf = dir.resolve("long.pdf");
        new AuditPdfWriter().write(reviewed, pdf);
        String text = pdfText(pdf).replaceAll("\\s", "")
                .replaceAll("第\\d+页/共\\d+页安阳县人民政府2021年政府信息公开工作年度报告审核意见(时间审核人单元格原值→新值类型备注)?", "");
        assertThat(text).contains(note.toString().replaceAll("\\s", ""));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
    }

    private static XSSFRow row(XSSFSheet sheet, String label) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }
}
