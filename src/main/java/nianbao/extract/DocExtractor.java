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
 * continues a vertical merge is written empty.
 */
public final class DocExtractor {

    public SourceDocument read(byte[] bytes) throws BadInputException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            DocumentBuilder out = new DocumentBuilder();
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
                    i++;
                }
            }
            return out.build("doc");
        } catch (Exception | LinkageError e) {
            throw new BadInputException("Word文档（.doc）已损坏或无法读取", "corrupt or unreadable .doc file", e);
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
