package nianbao.export;

import nianbao.format.TableSpec;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import nianbao.model.Severity;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Writes the PDF 审核意见 of a reviewed report: a header block (organ, year, source file and hash, format, examiner,
 * date, status), the three tables laid out like the official format with corrections marked and flagged rows
 * shaded, every finding with its resolution, and the correction history — Chinese in an embedded font subset.
 */
public final class AuditPdfWriter {
    private static final float TITLE_SIZE = 16f;
    private static final float HEADING_SIZE = 11.5f;
    private static final float TEXT_SIZE = 9f;
    private static final float GAP = 8f;

    public void write(ReviewedReport reviewed, Path target) throws ExportException {
        AtomicFile.write(target, out -> write(reviewed, out));
    }

    void write(ReviewedReport reviewed, OutputStream out) throws IOException, ExportException {
        ReviewFacts facts = new ReviewFacts(reviewed);
        PdfAuditTables tables = new PdfAuditTables(facts);
        Report report = reviewed.current();
        String who = (ExportTexts.orEmpty(report.organ()) + " "
                + (report.year() == null ? "" : report.year() + "年")).strip();
        try (PDDocument document = new PDDocument(); CjkFont font = CjkFont.load(document)) {
            PdfPages pages = new PdfPages(document, font, who + " 政府信息公开工作年度报告 审核意见");
            PdfTableDrawer drawer = new PdfTableDrawer(pages);
            pages.paragraph(who.replace(" ", "") + "政府信息公开工作年度报告", TITLE_SIZE, true, Color.BLACK, true);
            pages.paragraph("审核意见", TITLE_SIZE, true, Color.BLACK, true);
            pages.advance(GAP);
            drawer.draw(tables.header());
            pages.advance(GAP / 2);
            pages.paragraph(summary(reviewed), TEXT_SIZE, false, Color.BLACK, false);
            pages.advance(GAP / 2);
            drawer.draw(legend());
            for (TableSpec table : facts.format().tables()) {
                PdfTable official = tables.official(TableGrid.of(table));
                heading(pages, facts.labels().tableTitle(table.key()), drawer.height(official));
                drawer.draw(official);
            }
            section(pages, drawer, "审核发现", reviewed.findings().isEmpty() ? null : tables.findings(), "无。");
            section(pages, drawer, "更正记录", reviewed.history().isEmpty() ? null : tables.history(), "无更正。");
            pages.finish();
            describe(document, reviewed, who);
            document.save(out);
        }
    }

    private static void section(PdfPages pages, PdfTableDrawer drawer, String title, PdfTable table, String none)
            throws IOException {
        heading(pages, title, table == null ? TEXT_SIZE * PdfPages.LEADING : drawer.height(table));
        if (table == null) {
            pages.paragraph(none, TEXT_SIZE, false, Color.BLACK, false);
        } else {
            drawer.draw(table);
        }
    }

    /**
     * A heading kept with what follows: with the whole table when the table fits on one page, else with its start.
     */
    private static void heading(PdfPages pages, String text, float tableHeight) throws IOException {
        pages.advance(GAP * 1.5f);
        float headingHeight = HEADING_SIZE * PdfPages.LEADING + GAP / 2;
        boolean fitsOnAPage = headingHeight + tableHeight <= pages.bodyHeight();
        pages.ensure(headingHeight + (fitsOnAPage ? tableHeight : Math.min(tableHeight, 80f)));
        pages.paragraph(text, HEADING_SIZE, true, Color.BLACK, false);
        pages.advance(GAP / 2);
    }

    /** 错误 N 项，警告 N 项，提示 N 项（已处理 N 项）；现行更正 N 处，更正记录 N 条. */
    private static String summary(ReviewedReport reviewed) {
        long errors = count(reviewed.findings(), Severity.ERROR);
        long warnings = count(reviewed.findings(), Severity.WARNING);
        long infos = count(reviewed.findings(), Severity.INFO);
        long resolved = reviewed.findings().stream()
                .filter(f -> reviewed.resolutions().containsKey(FindingKey.of(f))).count();
        return "审核发现：错误 " + errors + " 项，警告 " + warnings + " 项，提示 " + infos + " 项（已处理 " + resolved
                + " 项）；现行更正 " + reviewed.corrections().size() + " 处，更正记录 " + reviewed.history().size() + " 条。";
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The colour key: rows with an error, rows with a warning, corrected cells. */
    private static PdfTable legend() {
        List<PdfCell> cells = new ArrayList<>();
        cells.add(new PdfCell(0, 0, 1, 1, "", null, false, PdfAuditTables.ERROR, true, false));
        cells.add(new PdfCell(0, 1, 1, 1, "该行有错误", null, false, null, false, false));
        cells.add(new PdfCell(0, 2, 1, 1, "", null, false, PdfAuditTables.WARNING, true, false));
        cells.add(new PdfCell(0, 3, 1, 1, "该行有警告", null, false, null, false, false));
        cells.add(new PdfCell(0, 4, 1, 1, "", null, false, PdfAuditTables.CORRECTED, true, true));
        cells.add(new PdfCell(0, 5, 1, 1, "已更正的单元格：粗体为更正后的值，小字为原值", null, false, null, false,
                false));
        return new PdfTable(cells, new double[]{0.35, 1.2, 0.35, 1.2, 0.35, 4.2}, 1, 0, 8f);
    }

    private static void describe(PDDocument document, ReviewedReport reviewed, String who) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(who + " 政府信息公开工作年度报告 审核意见");
        info.setAuthor(ExportTexts.orEmpty(reviewed.examiner()));
        info.setSubject(ExportTexts.orEmpty(reviewed.fileName()));
        info.setCreator("Nianbao Review 年报审查");
        if (reviewed.exportedAt() != null) {
            Calendar at = Calendar.getInstance();
            at.setTimeInMillis(reviewed.exportedAt().toEpochMilli());
            info.setCreationDate(at);
        }
    }
}
