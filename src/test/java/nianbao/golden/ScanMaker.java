package nianbao.golden;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.Set;

/**
 * Makes the scans the OCR is tested on from the corpus's text PDFs, the way office scanners and phones make them:
 * each page rendered at a resolution, in grey or colour, turned by a small angle or sheared out of square, with
 * noise, a red seal stamped over part of it, and stored as a JPEG of some quality in an image-only PDF. Deterministic
 * for a given recipe (seeded noise).
 */
public final class ScanMaker {
    /** How a document is scanned; {@code pages} are the 1-based pages scanned (empty: all), the others keep their text. */
    public record Recipe(int dpi, boolean colour, double skewDegrees, double shear, double noise, float jpegQuality,
                  boolean seal, Set<Integer> pages) {
        String describe() {
            return dpi + "dpi " + (colour ? "colour" : "grey") + (skewDegrees != 0 ? " skew " + skewDegrees + "°" : "")
                    + (shear != 0 ? " out of square" : "") + (noise > 0 ? " noise" : "") + " JPEG "
                    + Math.round(jpegQuality * 100) + (seal ? " seal" : "") + (pages.isEmpty() ? "" : " pages " + pages);
        }
    }

    private ScanMaker() {
    }

    public static byte[] scan(byte[] pdf, Recipe recipe) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                if (!recipe.pages().isEmpty() && !recipe.pages().contains(i + 1)) {
                    continue;
                }
                BufferedImage image = renderer.renderImageWithDPI(i, recipe.dpi(),
                        recipe.colour() ? ImageType.RGB : ImageType.GRAY);
                BufferedImage degraded = degrade(image, recipe, i);
                PDPage page = source.getPage(i);
                PDImageXObject picture = JPEGFactory.createFromImage(source, degraded, recipe.jpegQuality());
                page.setResources(new org.apache.pdfbox.pdmodel.PDResources()); // its fonts and text go: only the picture
                page.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(source));
                try (PDPageContentStream content = new PDPageContentStream(source, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The document's pages as a folder of scanned page files, {@code page-1.png}, {@code page-2.jpg}, … (PNG and JPEG
     * by turns, as a scanner's software may leave them), written into {@code folder}.
     */
    public static void pageFiles(byte[] pdf, Recipe recipe, java.nio.file.Path folder) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(source);
            java.nio.file.Files.createDirectories(folder);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage page = degrade(renderer.renderImageWithDPI(i, recipe.dpi(),
                        recipe.colour() ? ImageType.RGB : ImageType.GRAY), recipe, i);
                String format = i % 2 == 0 ? "png" : "jpg";
                javax.imageio.ImageIO.write(page, format, folder.resolve("page-" + (i + 1) + "." + format).toFile());
            }
        }
    }

    /**
     * The PDF with each page's content moved into a form that the page draws (as some scanners' and printers' software
     * write pages): the page's image is then inside the form, not among the page's own resources.
     */
    public static byte[] withPagesInForms(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form =
                        new org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject(doc);
                try (java.io.InputStream content = page.getContents();
                     java.io.OutputStream out = form.getContentStream().createOutputStream()) {
                    content.transferTo(out);
                }
                form.setResources(page.getResources());
                form.setBBox(page.getMediaBox());
                org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
                page.setResources(resources);
                try (PDPageContentStream content = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.OVERWRITE, false)) {
                    content.drawForm(form);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The document's pages as image files: one multi-page TIFF, or (png) the first page alone as a PNG. */
    public static byte[] images(byte[] pdf, Recipe recipe, String format) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(source);
            java.util.List<BufferedImage> pages = new java.util.ArrayList<>();
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                pages.add(degrade(renderer.renderImageWithDPI(i, recipe.dpi(),
                        recipe.colour() ? ImageType.RGB : ImageType.GRAY), recipe, i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format.equals("png")) {
                javax.imageio.ImageIO.write(pages.get(0), "png", out);
                return out.toByteArray();
            }
            javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("tiff").next();
            try (javax.imageio.stream.ImageOutputStream stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new javax.imageio.IIOImage(page, null, null), param);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
    }

    /**
     * The Word file with its table 三 replaced by a picture of it: the table's part of each page of the PDF made from
     * the same report (from under the heading 三 to above the heading 四), stacked, scanned by the recipe.
     */
    public static byte[] docxWithTablePicture(byte[] docx, byte[] pdf, Recipe recipe) throws IOException {
        BufferedImage picture = tablePicture(pdf, "三、收到和处理", "四、政府信息公开行政复议", recipe);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getText().contains("本年新收")).findFirst().orElseThrow();
            org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph = doc.insertNewParagraph(table.getCTTbl().newCursor());
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(picture, "png", png);
            double widthPoints = picture.getWidth() * 72.0 / recipe.dpi();
            try {
                paragraph.createRun().addPicture(new java.io.ByteArrayInputStream(png.toByteArray()),
                        org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, "table3.png",
                        org.apache.poi.util.Units.toEMU(widthPoints),
                        org.apache.poi.util.Units.toEMU(picture.getHeight() * 72.0 / recipe.dpi()));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            doc.removeBodyElement(doc.getPosOfTable(table));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The web page with its table 三 replaced by a picture of it carried in the page ({@code data:} URI). */
    public static String htmlWithTablePicture(String html, byte[] pdf, Recipe recipe) throws IOException {
        BufferedImage picture = tablePicture(pdf, "三、收到和处理", "四、政府信息公开行政复议", recipe);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        org.jsoup.nodes.Element table = doc.select("table").stream()
                .filter(t -> t.text().contains("本年新收") && t.select("table").size() == 1).findFirst().orElseThrow();
        table.replaceWith(new org.jsoup.nodes.Element("img")
                .attr("src", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png.toByteArray()))
                .attr("width", String.valueOf(Math.round(picture.getWidth() * 96.0 / recipe.dpi()))));
        return doc.outerHtml();
    }

    /** The part of the PDF between two headings, across pages, as one image (page margins left out). */
    private static BufferedImage tablePicture(byte[] pdf, String from, String to, Recipe recipe) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            float[] start = find(source, from);
            float[] end = find(source, to);
            PDFRenderer renderer = new PDFRenderer(source);
            double scale = recipe.dpi() / 72.0;
            java.util.List<BufferedImage> parts = new java.util.ArrayList<>();
            for (int page = (int) start[0]; page <= (int) end[0]; page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, recipe.dpi(),
                        recipe.colour() ? ImageType.RGB : ImageType.GRAY);
                float pageHeight = source.getPage(page).getMediaBox().getHeight();
                double top = page == (int) start[0] ? start[1] + 18 : 36; // below the heading line
                double bottom = page == (int) end[0] ? end[1] - 4 : pageHeight - 36;
                int y0 = (int) (top * scale);
                int y1 = Math.min(image.getHeight(), (int) (bottom * scale));
                // to the ink: whole rows of the table, as a picture pasted into a document has them
                while (y0 < y1 && !inked(image, y0)) {
                    y0++;
                }
                while (y1 > y0 && !inked(image, y1 - 1)) {
                    y1--;
                }
                y0 = Math.max(0, y0 - 6);
                y1 = Math.min(image.getHeight(), y1 + 6);
                if (y1 > y0) {
                    parts.add(image.getSubimage(0, y0, image.getWidth(), y1 - y0));
                }
            }
            int height = parts.stream().mapToInt(BufferedImage::getHeight).sum();
            BufferedImage stacked = new BufferedImage(parts.get(0).getWidth(), height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = stacked.createGraphics();
            int y = 0;
            for (BufferedImage part : parts) {
                g.drawImage(part, 0, y, null);
                y += part.getHeight();
            }
            g.dispose();
            return degrade(stacked, recipe, 1);
        }
    }

    private static boolean inked(BufferedImage image, int y) {
        for (int x = 0; x < image.getWidth(); x++) {
            if ((image.getRGB(x, y) & 0xff) < 160) {
                return true;
            }
        }
        return false;
    }

    /** The page (0-based) and the top of the first line holding {@code text}. */
    private static float[] find(PDDocument doc, String text) throws IOException {
        float[][] found = {null};
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String line, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                if (found[0] == null && line.replace(" ", "").contains(text) && !positions.isEmpty()) {
                    org.apache.pdfbox.text.TextPosition p = positions.get(0);
                    found[0] = new float[]{getCurrentPageNo() - 1, p.getYDirAdj() - p.getHeightDir()};
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        if (found[0] == null) {
            throw new IOException("no line with " + text);
        }
        return found[0];
    }

    private static BufferedImage degrade(BufferedImage page, Recipe recipe, int index) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage out = new BufferedImage(w, h, recipe.colour() ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(recipe.colour() ? new Color(250, 248, 240) : Color.WHITE); // a scanner's paper is rarely white
        g.fillRect(0, 0, w, h);
        AffineTransform t = new AffineTransform();
        t.rotate(Math.toRadians(recipe.skewDegrees()), w / 2.0, h / 2.0);
        t.shear(recipe.shear(), 0);
        g.drawImage(page, t, null);
        if (recipe.seal() && index == 0) {
            stampSeal(g, w, h, recipe.dpi());
        }
        g.dispose();
        if (recipe.noise() > 0) {
            addNoise(out, recipe.noise(), 17L + index);
        }
        return out;
    }

    /** A red round seal with its text, over the lower right of the page (where the tables and signature are). */
    private static void stampSeal(Graphics2D g, int w, int h, int dpi) {
        int r = (int) (dpi * 0.8);
        int cx = (int) (w * 0.7);
        int cy = (int) (h * 0.55);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
        g.setColor(new Color(220, 30, 40));
        g.setStroke(new BasicStroke(dpi / 25f));
        g.drawOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 4));
        g.drawString("★", cx - dpi / 9, cy + dpi / 12);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, dpi / 7));
        g.drawString("政务公开专用章", cx - (int) (r * 0.8), cy + r / 2);
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void addNoise(BufferedImage image, double amount, long seed) {
        Random random = new Random(seed);
        int w = image.getWidth();
        int h = image.getHeight();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int d = (int) Math.round(random.nextGaussian() * amount);
                if (random.nextDouble() < 0.0005) {
                    d = random.nextBoolean() ? -180 : 180; // dust
                }
                int r = clamp(((rgb >> 16) & 0xff) + d);
                int gr = clamp(((rgb >> 8) & 0xff) + d);
                int b = clamp((rgb & 0xff) + d);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
