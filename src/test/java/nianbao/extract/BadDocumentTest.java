package nianbao.extract;

import nianbao.model.BadInputException;
import nianbao.parse.ReportParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of bad document gets a clear Chinese and English message, never a crash; good ones still open. */
class BadDocumentTest {
    private static final String PDF = "generated/sangyu-water-2022.pdf";
    private static final String DOCX = "generated/sangyu-water-2022.docx";

    @Test
    void pdfNeedingAPasswordIsRefusedAsEncrypted() throws IOException {
        byte[] encrypted = protect(Corpus.bytes(PDF), "user-secret");
        assertThatThrownBy(() -> Extractors.read(encrypted))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> {
                    assertThat(((BadInputException) e).chinese()).contains("加密");
                    assertThat(((BadInputException) e).english()).contains("encrypted");
                });
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordOpensNormally() throws Exception {
        byte[] ownerOnly = protect(Corpus.bytes(PDF), "");
        SourceDocument doc = Extractors.read(ownerOnly);
        assertThat(new ReportParser().parse(doc, "owner.pdf").tables().cell("requests", "new_received", "total").number())
                .isEqualByComparingTo("20");
    }

    @Test
    void pdfWithoutTextLayerWhoseImageHoldsNoTextIsRefusedSayingSo() throws IOException {
        byte[] scan = scannedPdf(); // a black picture: the page is read by OCR, which finds nothing
        assertThatThrownBy(() -> Extractors.read(scan))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("没有文字层")
                .hasMessageContaining("no text was recognised in its page images");
    }

    @Test
    void truncatedPdfIsReportedAsCorrupt() throws IOException {
        byte[] pdf = Corpus.bytes(PDF);
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        assertThatThrownBy(() -> Extractors.read(truncated))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void truncatedDocxIsReportedAsCorrupt() throws IOException {
        byte[] docx = Corpus.bytes(DOCX);
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> Extractors.read(truncated))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).english()).containsAnyOf("DOCX", "Word"));
    }

    @Test
    void zipThatIsNotAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("photo.txt"));
            zip.write("not a report".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Extractors.read(out.toByteArray()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("DOCX");
    }

    @Test
    void webErrorPageIsRecognised() {
        byte[] page = ("<html><head><title>404 页面不存在</title></head><body><h1>404</h1>"
                + "<p>您访问的页面不存在或已被删除</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Extractors.read(page))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("错误页面");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> Extractors.read(new byte[0]))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("空");
    }

    @Test
    void fileTypeIsDecidedByContentNotName() throws Exception {
        SourceDocument doc = Extractors.read(Corpus.bytes(DOCX));
        assertThat(doc.format()).isEqualTo("docx");
        assertThat(Extractors.read(Corpus.bytes(PDF)).format()).isEqualTo("pdf");
        assertThat(Extractors.read(Corpus.bytes("generated/sangyu-water-2022.html")).format()).isEqualTo("html");
    }

    private static byte[] protect(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xObject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xObject, 50, 100, 400, 560);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
