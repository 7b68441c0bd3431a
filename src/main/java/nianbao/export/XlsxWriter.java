package nianbao.export;

import nianbao.format.TableSpec;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes a reviewed report as an XLSX workbook: one sheet per statistics table laid out like the official format
 * (二、主动公开, 三、依申请, 四、复议诉讼), then the 发现 sheet and the 更正记录 sheet.
 */
public final class XlsxWriter {
    public void write(ReviewedReport reviewed, Path target) throws ExportException {
        AtomicFile.write(target, out -> write(reviewed, out));
    }

    void write(ReviewedReport reviewed, OutputStream out) throws IOException {
        ReviewFacts facts = new ReviewFacts(reviewed);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            XlsxTableSheet tables = new XlsxTableSheet(workbook, styles, facts);
            for (TableSpec table : facts.format().tables()) {
                tables.write(TableGrid.of(table));
            }
            XlsxListSheets lists = new XlsxListSheets(workbook, styles, facts);
            lists.writeFindings();
            lists.writeCorrections();
            describe(workbook, reviewed);
            workbook.write(out);
        }
    }

    private static void describe(XSSFWorkbook workbook, ReviewedReport reviewed) {
        Report report = reviewed.current();
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(ExportTexts.orEmpty(report.organ()) + (report.year() == null ? "" : " " + report.year() + "年")
                + " 政府信息公开工作年度报告 审核意见");
        core.setCreator(ExportTexts.orEmpty(reviewed.examiner()));
        core.setSubjectProperty(ExportTexts.orEmpty(reviewed.fileName()));
        core.setDescription("SHA-256 " + ExportTexts.orEmpty(reviewed.sourceHash()) + "；审核状态："
                + ExportTexts.status(reviewed.status()));
    }
}
