package nianbao.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * PDFBox's own text extraction with positions (load, then the position-sorted text stripper) with nothing of ours on
 * top: the floor the benchmark compares the whole read-parse-check of a PDF against.
 */
public final class PdfTextFloor {
    private PdfTextFloor() {
    }

    /** Extracts the text and returns its length (so the work cannot be optimised away). */
    public static int extract(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).length();
        }
    }
}
