package nianbao.extract;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The pictures of one Word file or web page big enough to hold a table, in document order, each a page of its own
 * numbered from {@link PictureReader#FIRST_PAGE}: read by OCR into the document when reading it, or only kept as
 * page images when showing it ({@link PageImages}) — numbered alike either way, so the boxes of the values read from a
 * picture point into the right one.
 */
final class Pictures {
    private final List<PageImages.PageImage> kept;
    private int next = PictureReader.FIRST_PAGE;

    private Pictures(List<PageImages.PageImage> kept) {
        this.kept = kept;
    }

    /** Pictures read by OCR into the document. */
    static Pictures read() {
        return new Pictures(null);
    }

    /** Pictures kept as page images, not read. */
    static Pictures kept(List<PageImages.PageImage> into) {
        return new Pictures(into);
    }

    /**
     * One picture: {@code widthPoints} is how wide the document shows it (its resolution follows), 0 when unknown.
     * One too small to hold a table, or that cannot be decoded, is passed over.
     */
    void add(byte[] data, double widthPoints, DocumentBuilder out, List<Ruling> rulings) {
        BufferedImage image = PictureReader.decode(data);
        if (image == null) {
            return;
        }
        int page = next++;
        double dpi = ScanReader.resolution(widthPoints > 0 ? image.getWidth() / (widthPoints / 72.0) : 200);
        if (kept != null) {
            kept.add(new PageImages.PageImage(page, image, dpi));
            return;
        }
        OcrProgress.recognising(page - PictureReader.FIRST_PAGE + 1, 0);
        ScanReader.write(ScanReader.read(image, dpi, page), out, rulings);
    }
}
