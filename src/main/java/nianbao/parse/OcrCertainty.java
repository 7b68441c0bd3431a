package nianbao.parse;

import nianbao.extract.SourceDocument;
import nianbao.extract.SourceLine;
import nianbao.extract.SourceWord;
import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.Tables;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Holds the OCR to account for every value it read: each keeps the recogniser's confidence in its provenance; a value whose least certain character the recogniser was less
 * than {@link #THRESHOLD} sure of, and a cell of a page read by OCR where no value was read at all, are uncertain —
 * never a silent number, never a silent blank.
 */
final class OcrCertainty {
    static final double THRESHOLD = 0.9;

    /** The confidence of every word the OCR read, by its box. */
    private final Map<Box, Double> read;
    /** The pages the OCR read. */
    private final java.util.Set<Integer> ocrPages = new java.util.HashSet<>();

    private OcrCertainty(Map<Box, Double> read) {
        this.read = read;
        read.keySet().forEach(box -> ocrPages.add(box.page()));
    }

    static OcrCertainty of(SourceDocument doc) {
        return new OcrCertainty(confidences(doc));
    }

    /** Whether any word of the document was read by OCR. */
    boolean isOcr() {
        return !read.isEmpty();
    }

    Tables mark(Tables tables) {
        if (read.isEmpty()) {
            return tables;
        }
        Tables.Builder out = Tables.builder();
        tables.tableKeys().forEach(out::table);
        for (Cell cell : tables.cells()) {
            out.put(marked(cell));
        }
        return out.build();
    }

    private Cell marked(Cell found) {
        Box box = found.provenance() == null ? null : found.provenance().box();
        Double confidence = box == null ? null : read.get(box);
        Cell cell = confidence == null ? found : new Cell(found.ref(), found.raw(), found.kind(), found.number(),
                found.provenance().withConfidence(confidence), found.uncertainty(), found.inference());
        if (cell.uncertainty() != null) {
            return cell;
        }
        if (confidence != null && confidence < THRESHOLD) {
            return cell.withUncertainty(String.format(Locale.ROOT,
                    "图片中的数字识别把握不足（%.0f%%），请对照页面核对", confidence * 100));
        }
        boolean onScannedPage = box == null || ocrPages.contains(box.page());
        if (cell.kind() == Cell.Kind.BLANK && cell.raw().isBlank() && onScannedPage) {
            // nothing was read where the form has a value: the recogniser may have missed a digit (a lone 0, mostly)
            return cell.withUncertainty("图片中此格未识别出数值，请对照页面核对");
        }
        return cell;
    }

    private static Map<Box, Double> confidences(SourceDocument doc) {
        Map<Box, Double> out = new HashMap<>();
        for (SourceLine line : doc.lines()) {
            for (SourceWord word : line.words()) {
                if (word.confidence() != null) {
                    out.put(word.box(), word.confidence());
                }
            }
        }
        return out;
    }
}
