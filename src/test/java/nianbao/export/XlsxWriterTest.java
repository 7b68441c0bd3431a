package nianbao.export;

import nianbao.format.FormWords;
import nianbao.format.GridCell;
import nianbao.format.Formats;
import nianbao.format.TableSpec;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.ReviewedReport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbook of seed 004 read back with POI: sheets, corrected values, exact fee, comments, findings and
 * corrections.
 */
class XlsxWriterTest {
    private static ReviewedReport reviewed;
    private static XSSFWorkbook workbook;

    @BeforeAll
    static void export() throws Exception {
        reviewed = ExportFixtures.reviewed();
        Path xlsx = ExportFixtures.buildDir().resolve("export-samples").resolve("audit.xlsx");
        Files.createDirectories(xlsx.getParent());
        new XlsxWriter().write(reviewed, xlsx);
        workbook = new XSSFWorkbook(xlsx.toFile());
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void hasOneSheetPerTableThenFindingsAndCorrections() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        assertThat(workbook.getSheetName(0)).isEqualTo("二、主动公开");
        assertThat(workbook.getSheetName(1)).isEqualTo("三、依申请");
        assertThat(workbook.getSheetName(2)).isEqualTo("四、复议诉讼");
        assertThat(workbook.getSheetName(3)).isEqualTo("发现");
        assertThat(workbook.getSheetName(4)).isEqualTo("更正记录");
    }

    @Test
    void theFirstSheetSaysTheReviewStatusTheExaminerAndTheDate() {
        String line = workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
        assertThat(line).isEqualTo("审核状态：" + ExportTexts.status(reviewed.status()) + "　审核人："
                + ExportTexts.orEmpty(reviewed.examiner()) + "　导出时间：" + ExportTexts.dateTime(reviewed.exportedAt()));
        assertThat(line).contains(reviewed.examiner()).matches(".*导出时间：\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    }

    @Test
    void everyCellHoldsTheCorrectedValue() {
        int checked = 0;
        for (TableSpec table : Formats.v2021().tables()) {
            XSSFSheet sheet = workbook.getSheet(FormWords.shortTitle(table.key()));
            for (GridCell g : TableGrid.of(table).cells()) {
                if (g.role() != GridCell.Role.VALUE) {
                    continue;
                }
                Cell expected = reviewed.current().tables().cell(g.ref());
                XSSFCell actual = sheet.getRow(XlsxTableSheet.FIRST_ROW + g.row()).getCell(g.column());
                assertValue(actual, expected, g.ref());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10 + 25 * 7 + 15);
    }

    private static void assertValue(XSSFCell actual, Cell expected, CellRef ref) {
        if (expected == null || expected.isBlank()) {
            assertThat(actual.getCellType()).as(ref.toString()).isEqualTo(CellType.BLANK);
        } else if (expected.isNumber()) {
            assertThat(actual.getCellType()).as(ref.toString()).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(Double.toString(actual.getNumericCellValue())))
                    .as(ref.toString()).isEqualByComparingTo(expected.number());
        } else {
            assertThat(actual.getStringCellValue()).as(ref.toString()).isEqualTo(expected.raw().strip());
        }
    }

    @Test
    void officialLabelsSitBesideTheirValues() {
        XSSFSheet active = workbook.getSheet("二、主动公开");
        XSSFRow licensing = rowLabelled(active, 0, "行政许可");
        assertThat(licensing.getCell(1).getNumericCellValue()).isEqualTo(5060);
        XSSFSheet requests = workbook.getSheet("三、依申请");
        XSSFRow received = rowLabelled(requests, 0, "一、本年新收政府信息公开申请数量");
        assertThat(received.getCell(9).getNumericCellValue()).isEqualTo(58);
        rowLabelled(requests, 2, "1.属于国家秘密");
        rowLabelled(requests, 1, "（三）不予公开");
        assertThat(requests.getRow(XlsxTableSheet.FIRST_ROW).getCell(3).getStringCellValue()).isEqualTo("申请人情况");
        assertThat(requests.getMergedRegions()).isNotEmpty();
    }

    @Test
    void theFeeKeepsItsFourDecimals() {
        XSSFSheet active = workbook.getSheet("二、主动公开");
        XSSFCell fee = rowLabelled(active, 0, "行政事业性收费").getCell(1);
        assertThat(fee.getNumericCellValue()).isEqualTo(96.626);
        assertThat(fee.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
    }

    @Test
    void correctedCellsHaveACommentWithTheOriginalValue() {
        XSSFSheet active = workbook.getSheet("二、主动公开");
        Comment repealed = rowLabelled(active, 0, "规章").getCell(2).getCellComment();
        assertThat(repealed).isNotNull();
        assertThat(repealed.getString().getString()).contains("原值：-1", "报告错误", "按 0 计");
        Comment fee = rowLabelled(active, 0, "行政事业性收费").getCell(1).getCellComment();
        assertThat(fee.getString().getString()).contains("原值：96.6252", "解析错误");
        XSSFSheet review = workbook.getSheet("四、复议诉讼");
        XSSFCell upheld = review.getRow(XlsxTableSheet.FIRST_ROW + 3).getCell(0);
        assertThat(upheld.getNumericCellValue()).isEqualTo(7);
        assertThat(upheld.getCellComment().getString().getString()).contains("原值：6");
        assertThat(rowLabelled(active, 0, "行政许可").getCell(1).getCellComment()).isNull();
    }

    @Test
    void findingsAndCorrectionsAreListed() {
        XSSFSheet findings = workbook.getSheet("发现");
        assertThat(findings.getLastRowNum()).isEqualTo(reviewed.findings().size());
        assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("规则");
        assertThat(findings.getRow(1).getCell(5).getStringCellValue()).isEqualTo(reviewed.findings().get(0).message());
        XSSFSheet corrections = workbook.getSheet("更正记录");
        assertThat(corrections.getLastRowNum()).isEqualTo(reviewed.history().size());
        Correction first = reviewed.history().get(0);
        assertThat(corrections.getRow(1).getCell(2).getStringCellValue()).isEqualTo("二、主动公开 · 规章 · 本年废止件数");
        assertThat(corrections.getRow(1).getCell(3).getStringCellValue()).isEqualTo("-1");
        assertThat(corrections.getRow(1).getCell(4).getStringCellValue()).isEqualTo("0");
        assertThat(corrections.getRow(1).getCell(6).getStringCellValue()).isEqualTo(first.note());
        assertThat(corrections.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
    }

    private static XSSFRow rowLabelled(XSSFSheet sheet, int column, String label) {
        for (int r = XlsxTableSheet.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell cell = row == null ? null : row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row labelled " + label + " in " + sheet.getSheetName());
    }
}
