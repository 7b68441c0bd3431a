package nianbao.extract;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A picture inside a document — a table pasted in as an image, a scanned page in a Word file — decoded when it is
 * big enough to hold a table ({@link Pictures} reads it by OCR as a page of its own, numbered from
 * {@link #FIRST_PAGE}, so its rules never mix with a real page's).
 */
final class PictureReader {
    static final int FIRST_PAGE = 10_000;

    private PictureReader() {
    }

    /** The picture, or null when it is too small to hold a table or cannot be decoded. */
    static BufferedImage decode(byte[] data) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            return null; // not a picture the OCR can read: the document's text is read all the same
        }
        if (image == null || (long) image.getWidth() * image.getHeight() < ScanReader.MIN_PIXELS) {
            return null;
        }
        return image;
    }
}
