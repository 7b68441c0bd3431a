package nianbao.export;

import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.ReviewedReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF 审核意见 of seed 004 read back: header, official labels, corrections, findings, page numbers, embedded font;
 * page PNGs for a look.
 */
class AuditPdfWriterTest {
    private static ReviewedReport reviewed;
    private static Path pdf;
    private static String text;

    @BeforeAll
    static void export(@TempDir Path dir) throws Exception {
        reviewed = ExportFixtures.reviewed();
        pdf = ExportFixtures.buildDir().resolve("export-samples").resolve("audit.pdf");
        Files.createDirectories(pdf.getParent());
        new AuditPdfWriter().write(reviewed, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
    }

    @Test
    void showsTheHeaderBlock() {
        assertThat(text).contains("安阳县人民政府", "审核意见", reviewed.fileName(), reviewed.sourceHash(),
                ExportFixtures.EXAMINER, "审核中", "2021 年版");
    }

    @Test
    void showsTheOfficialLabelsOfAllThreeTables() {
        assertThat(text.replaceAll("\\s", "")).contains("本年新收政府信息公开申请数量", "行政许可", "第二十条第（一）项",
                "信息内容", "申请人情况", "法人或其他组织", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密",
                "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "危及“三安全一稳定”");
    }

    @Test
    void showsEveryCorrectedValueWithItsOriginal() {
        String flat = text.replaceAll("\\s", "");
        assertThat(flat).contains("96.6260", "（原96.6252）", "（原-1）", "（原6）");
        for (Correction c : reviewed.corrections()) {
            assertThat(flat).contains(c.newRaw()).contains(c.note().replaceAll("\\s", ""));
        }
    }

    @Test
    void listsEveryFindingWithItsResolution() {
        String flat = text.replaceAll("\\s", "");
        reviewed.findings().forEach(f -> assertThat(flat).contains(f.message().replaceAll("\\s", "")));
        assertThat(flat).contains("报告本身错误（已确认）", "已忽略", "正文数字与表格不符，已通知起草单位");
    }

    @Test
    void numbersEveryPage() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int i = 1; i <= pages; i++) {
                assertThat(text).contains("第 " + i + " 页 / 共 " + pages + " 页");
            }
        }
    }

    @Test
    void embedsTheChineseFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void rendersPagesToPngForALook() throws Exception {
        Path dir = pdf.getParent();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 100, ImageType.RGB);
                ImageIO.write(image, "png", dir.resolve("audit-page" + (i + 1) + ".png").toFile());
                if (i == 0) {
                    saveReadmeSample(image);
                }
            }
        }
        assertThat(dir.resolve("audit-page1.png")).exists();
    }

    /** docs/export-sample-page1.png for the README, rewritten only when the rendering changed. */
    private static void saveReadmeSample(BufferedImage image) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path sample = Path.of("docs", "export-sample-page1.png");
        if (!Files.exists(sample) || !Arrays.equals(Files.readAllBytes(sample), png.toByteArray())) {
            Files.createDirectories(sample.getParent());
            Files.write(sample, png.toByteArray());
        }
    }

    @Test
    void correctedCellsAreKnownToTheFixture() {
        assertThat(reviewed.corrections()).extracting(Correction::ref)
                .contains(ExportFixtures.RULES_REPEALED, ExportFixtures.FEE, new CellRef("review_litigation",
                        "review", "upheld"));
    }
}
