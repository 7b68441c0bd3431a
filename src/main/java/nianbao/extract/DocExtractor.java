package nianbao.extract;

import nianbao.model.BadInputException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word 97–2003 .doc (POI HWPF): paragraphs become lines and each table row one line of cells; a cell that
 * continues a vertical merge is written empty; a picture in the text big enough to hold a table (a table pasted as an
 * image) is read by OCR where it stands.
 */
public final class DocExtractor {
    private final Pictures pictures;

    /** A reader whose pictures big enough to hold a table are read by OCR. */
    public DocExtractor() {
        this(Pictures.read());
    }

    DocExtractor(Pictures pictures) {
        this.pictures = pictures;
    }

    public SourceDocument read(byte[] bytes) throws BadInputException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            DocumentBuilder out = new DocumentBuilder();
            List<Ruling> rulings = new ArrayList<>();
            Range range = doc.getRange();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table table = range.getTable(p);
                    writeTable(table, out);
                    i += Math.max(1, table.numParagraphs());
                } else {
                    String text = clean(p.text());
                    if (!text.isBlank()) {
                        out.line(text);
                    }
                    pictures(doc, p, out, rulings);
                    i++;
                }
            }
            return out.build("doc", rulings);
        } catch (Exception | LinkageError e) {
            throw new BadInputException("Word文档（.doc）已损坏或无法读取", "corrupt or unreadable .doc file", e);
        }
    }

    /** The paragraph's pictures set in its text, each as wide as the document shows it. */
    private void pictures(HWPFDocument doc, Paragraph paragraph, DocumentBuilder out, List<Ruling> rulings) {
        org.apache.poi.hwpf.model.PicturesTable table = doc.getPicturesTable();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            org.apache.poi.hwpf.usermodel.CharacterRun run = paragraph.getCharacterRun(r);
            if (!table.hasPicture(run)) {
                continue;
            }
            org.apache.poi.hwpf.usermodel.Picture picture = table.extractPicture(run, false);
            if (picture == null || picture.getContent() == null) {
                continue;
            }
            // its width in twips, scaled in thousandths, as points
            double widthPoints = picture.getDxaGoal() * Math.max(1, picture.getHorizontalScalingFactor()) / 1000.0 / 20;
            pictures.add(picture.getContent(), widthPoints, out, rulings);
        }
    }

    private static void writeTable(Table table, DocumentBuilder out) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            boolean[] merged = new boolean[row.numCells()];
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                merged[c] = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                cells.add(merged[c] ? "" : clean(cell.text()));
            }
            out.row(cells, merged);
        }
    }

    /** Removes Word's control marks: cell and paragraph ends, field codes, page breaks. */
    static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        boolean inFieldCode = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0013') {
                inFieldCode = true;
            } else if (c == '\u0014' || c == '\u0015') {
                inFieldCode = false;
            } else if (!inFieldCode) {
                b.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return b.toString().strip();
    }
}
