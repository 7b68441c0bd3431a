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
 * Reads an image file of report pages — PNG, JPEG, or a TIFF of one page or many — or a folder of them (packed by
 * {@link PageFolder}) by OCR, each image a page. The
 * resolution is taken to be the one that makes the page as wide as A4 (a scan or photo of a page fills the image),
 * so boxes are in points like a PDF's.
 */
final class ImageExtractor {
    private static final int MAX_PAGES = 200;

    SourceDocument read(byte[] bytes) throws BadInputException {
        List<BufferedImage> pages = pages(bytes);
        if (pages.isEmpty()) {
            throw unreadable(null);
        }
        DocumentBuilder out = new DocumentBuilder();
        List<Ruling> rulings = new ArrayList<>();
        boolean text = false;
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage page = pages.get(i);
            OcrProgress.recognising(i + 1, pages.size());
            text |= ScanReader.write(ScanReader.read(page, ScanReader.dpiOfPage(page), i + 1), out, rulings);
        }
        if (!text) {
            throw new nianbao.model.NotAReportException("图片中未识别出文字", "no text was recognised in the image");
        }
        return out.build("image", rulings);
    }

    /** The pages of an image file, or of a zip of page images (a folder of them, packed) in the order of their names. */
    static List<BufferedImage> pages(byte[] bytes) throws BadInputException {
        if (FileType.sniff(bytes) == FileType.ZIP) {
            List<BufferedImage> pages = new ArrayList<>();
            for (byte[] image : PageFolder.unpack(bytes)) {
                pages.addAll(pagesOfOne(image));
                if (pages.size() >= MAX_PAGES) {
                    return pages.subList(0, MAX_PAGES);
                }
            }
            return pages;
        }
        return pagesOfOne(bytes);
    }

    private static List<BufferedImage> pagesOfOne(byte[] bytes) throws BadInputException {
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
            throw unreadable(e);
        }
        return pages;
    }

    private static BadInputException unreadable(Exception cause) {
        return new BadInputException("图片文件已损坏或格式不受支持，无法读取",
                "the image file is damaged or of a kind that cannot be read", cause);
    }
}
