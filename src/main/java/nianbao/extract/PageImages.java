package nianbao.extract;

import nianbao.extract.ocr.OcrEngine;
import nianbao.model.BadInputException;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The page images a report's boxes point into when they are not a PDF's pages (those are rendered from the PDF): an
 * image file's pages, and the pictures of a Word file (.docx, .doc) or web page that are read by OCR, each straightened as the OCR
 * straightened it and numbered as its boxes number it. Nothing is recognised here.
 */
public final class PageImages {
    /** One page image, numbered as the boxes of its values are, with its resolution (the boxes are in points). */
    public record PageImage(int page, BufferedImage image, double dpi) {
        public double widthPoints() {
            return image.getWidth() * 72.0 / dpi;
        }

        public double heightPoints() {
            return image.getHeight() * 72.0 / dpi;
        }
    }

    private PageImages() {
    }

    /** Whether a document of this format (a report's source format) can have page images of its own. */
    public static boolean applies(String sourceFormat) {
        return switch (sourceFormat) {
            case "image", "docx", "doc", "html" -> true;
            default -> false;
        };
    }

    /** The page images of a document of this source format; empty when it has none. */
    public static List<PageImage> of(String sourceFormat, byte[] bytes) throws BadInputException {
        List<PageImage> out = new ArrayList<>();
        switch (sourceFormat) {
            case "image" -> {
                List<BufferedImage> pages = ImageExtractor.pages(bytes);
                for (int i = 0; i < pages.size(); i++) {
                    out.add(new PageImage(i + 1, pages.get(i),
                            ScanReader.resolution(ScanReader.dpiOfPage(pages.get(i)))));
                }
            }
            case "docx" -> new DocxExtractor(Pictures.kept(out)).read(bytes);
            case "doc" -> new DocExtractor(Pictures.kept(out)).read(bytes);
            case "html" -> new HtmlExtractor(Pictures.kept(out)).read(bytes);
            default -> {
                return List.of();
            }
        }
        List<PageImage> straight = new ArrayList<>(out.size());
        for (PageImage page : out) {
            straight.add(new PageImage(page.page(), OcrEngine.straightened(page.image()), page.dpi()));
        }
        return straight;
    }
}
