package nianbao.extract;

import nianbao.model.BadInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an image file of report pages — PNG, JPEG, or a TIFF of one page or many — by OCR, each image a page. The
 * resolution is taken to be the one that makes the page as wide as A4 (a scan or photo of a page fills the image),
 * so boxes are in points like a PDF's.
 */
final class ImageExtractor {
    private static final double A4_SHORT_SIDE_INCHES = 8.27;
    private static final int MAX_PAGES = 200;

    SourceDocument read(byte[] bytes) throws BadInputException {
        List<BufferedImage> pages = pages(bytes);
        if (pages.isEmpty()) {
            throw new BadInputException("图片文件已损坏或格式不受支持，无法读取",
                    "the image file is damaged or of a kind that cannot be read");
        }
        DocumentBuilder out = new DocumentBuilder();
        List<Ruling> rulings = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            double dpi = Math.max(72, Math.min(600, Math.min(page.getWidth(), page.getHeight()) / A4_SHORT_SIDE_INCHES));
            ScanReader.ScannedPage scanned = ScanReader.read(page, dpi, i + 1);
            for (LineBands.PageLine line : scanned.lines()) {
                out.line(line.text(), line.words());
                chars += line.text().strip().length();
            }
            rulings.addAll(scanned.rulings());
        }
        if (chars == 0) {
            throw new nianbao.model.NotAReportException("图片中未识别出文字", "no text was recognised in the image");
        }
        return out.build("image", rulings);
    }

    private static List<BufferedImage> pages(byte[] bytes) throws BadInputException {
        List<BufferedImage> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return pages;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                for (int i = 0; i < Math.min(count, MAX_PAGES); i++) {
                    pages.add(reader.read(i));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("图片文件已损坏或格式不受支持，无法读取",
                    "the image file is damaged or of a kind that cannot be read", e);
        }
        return pages;
    }
}
