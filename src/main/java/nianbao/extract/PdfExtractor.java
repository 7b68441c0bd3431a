package nianbao.extract;

import nianbao.model.BadInputException;
import nianbao.model.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a PDF's text layer with positions (PDFBox): one line per visual line, every word with its page and box, page
 * numbers at the top or bottom of a page dropped. Refuses, with a clear message, PDFs that need a password, PDFs
 * without text (scans) and damaged files.
 */
public final class PdfExtractor {
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[-—－–\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4})?(\\s*共\\s*\\d+\\s*页)?[-—－–\\s]*$");
    private static final int MIN_TEXT = 30;
    /** A page with fewer characters in its text layer is read from its image. */
    private static final int MIN_PAGE_TEXT = 20;
    /** The resolution a page is rendered at for OCR. */
    private static final double OCR_DPI = 200;

    public SourceDocument read(byte[] bytes) throws BadInputException {
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PositionedTextStripper stripper = new PositionedTextStripper();
            stripper.getText(doc);
            List<LineBands.PageLine> lines = new java.util.ArrayList<>(stripper.lines());
            List<Ruling> rulings = new java.util.ArrayList<>(stripper.rulings());
            boolean scanned = ocrPagesWithoutText(doc, lines, rulings);
            DocumentBuilder out = new DocumentBuilder();
            int textChars = 0;
            for (int i = 0; i < lines.size(); i++) {
                LineBands.PageLine line = lines.get(i);
                if (isPageNumber(lines, i)) {
                    continue;
                }
                out.line(line.text(), line.words());
                textChars += visibleChars(line.text());
            }
            if (textChars < MIN_TEXT) {
                throw scanned ? new BadInputException("此PDF没有文字层，页面图像中也未识别出文字",
                        "this PDF has no text layer, and no text was recognised in its page images")
                        : new BadInputException("此PDF几乎没有文字", "this PDF holds almost no text");
            }
            return out.build("pdf", rulings);
        } catch (InvalidPasswordException e) {
            throw new BadInputException("加密的PDF，需要密码才能读取文本", "encrypted PDF: a password is needed to read it", e);
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("PDF文件已损坏或不完整，无法读取", "corrupt or truncated PDF file", e);
        }
    }

    /**
     * Reads by OCR every page whose text layer holds (almost) nothing — a scan, a page printed to an image — and puts
     * its lines and rules in the page's place; pages with text are never OCR'd. Whether any page was.
     */
    private static boolean ocrPagesWithoutText(PDDocument doc, List<LineBands.PageLine> lines, List<Ruling> rulings)
            throws IOException {
        int pages = doc.getNumberOfPages();
        int[] chars = new int[pages + 1];
        for (LineBands.PageLine line : lines) {
            if (line.page() >= 1 && line.page() <= pages) {
                chars[line.page()] += visibleChars(line.text());
            }
        }
        // a page with text, or a short page of text (a signature), is never OCR'd
        List<Integer> scanned = new java.util.ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            if (chars[page] < MIN_PAGE_TEXT && hasLargeImage(doc.getPage(page - 1))) {
                scanned.add(page);
            }
        }
        if (scanned.isEmpty()) {
            return false;
        }
        org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
        for (int k = 0; k < scanned.size(); k++) {
            int page = scanned.get(k);
            OcrProgress.recognising(k + 1, scanned.size());
            java.awt.image.BufferedImage image = renderer.renderImageWithDPI(page - 1, (float) OCR_DPI,
                    org.apache.pdfbox.rendering.ImageType.RGB);
            ScanReader.ScannedPage read = ScanReader.read(image, OCR_DPI, page);
            final int thisPage = page;
            lines.removeIf(l -> l.page() == thisPage);
            int at = 0;
            while (at < lines.size() && lines.get(at).page() < page) {
                at++;
            }
            lines.addAll(at, read.lines());
            rulings.removeIf(r -> r.page() == thisPage);
            rulings.addAll(read.rulings());
        }
        return true;
    }

    /**
     * Whether the page shows a picture big enough to be a scanned page or a pasted table: drawn on the page itself or
     * inside a form it draws (as some scanners' and printers' software wrap each page), a few forms deep at most.
     */
    private static boolean hasLargeImage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        return hasLargeImage(page.getResources(), FORM_DEPTH);
    }

    private static final int FORM_DEPTH = 3;

    private static boolean hasLargeImage(org.apache.pdfbox.pdmodel.PDResources resources, int depth) throws IOException {
        if (resources == null) {
            return false;
        }
        for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
            org.apache.pdfbox.pdmodel.graphics.PDXObject object = resources.getXObject(name);
            if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image
                    && (long) image.getWidth() * image.getHeight() >= ScanReader.MIN_PIXELS) {
                return true;
            }
            if (depth > 0 && object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form
                    && form.getResources() != resources && hasLargeImage(form.getResources(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    private static int visibleChars(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** A line alone at the top or bottom of its page that is only a page number (3, - 3 -, 第3页, 3/10). */
    private static boolean isPageNumber(List<LineBands.PageLine> lines, int i) {
        LineBands.PageLine line = lines.get(i);
        if (!PAGE_NUMBER.matcher(line.text()).matches()) {
            return false;
        }
        boolean first = i == 0 || lines.get(i - 1).page() != line.page();
        boolean last = i == lines.size() - 1 || lines.get(i + 1).page() != line.page();
        return first || last;
    }

    static Box box(int page, double x0, double y0, double x1, double y1) {
        return new Box(page, x0, y0, x1 - x0, y1 - y0);
    }
}
