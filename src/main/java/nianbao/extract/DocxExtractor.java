package nianbao.extract;

import nianbao.model.BadInputException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word .docx through its real table cells: paragraphs become lines, each table row one line of cells, with
 * horizontally merged cells (gridSpan) and vertically merged continuations (vMerge) written as empty cells.
 */
public final class DocxExtractor {
    private final Pictures pictures;

    /** A reader whose pictures big enough to hold a table are read by OCR. */
    public DocxExtractor() {
        this(Pictures.read());
    }

    DocxExtractor(Pictures pictures) {
        this.pictures = pictures;
    }

    public SourceDocument read(byte[] bytes) throws BadInputException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocumentBuilder out = new DocumentBuilder();
            List<Ruling> rulings = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                write(element, out, rulings);
            }
            return out.build("docx", rulings);
        } catch (Exception | LinkageError e) {
            throw new BadInputException("Word文档已损坏或不是有效的DOCX文件", "corrupt or invalid DOCX file", e);
        }
    }

    private void write(IBodyElement element, DocumentBuilder out, List<Ruling> rulings) {
        if (element instanceof XWPFParagraph p) {
            String text = p.getText();
            if (!text.isBlank()) {
                out.line(text.strip());
            }
            pictures(p, out, rulings);
        } else if (element instanceof XWPFTable table) {
            long positions = 0;
            for (XWPFTableRow row : table.getRows()) {
                if (positions >= TableLimits.MAX_CELLS) {
                    break;
                }
                List<Boolean> merged = new ArrayList<>();
                List<String> cells = cells(row, merged);
                positions += cells.size();
                boolean[] flags = new boolean[merged.size()];
                for (int i = 0; i < flags.length; i++) {
                    flags[i] = merged.get(i);
                }
                out.row(cells, flags);
            }
        } else if (element instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                if (!line.isBlank()) {
                    out.line(line.strip());
                }
            }
        }
    }

    /** The paragraph's pictures big enough to hold a table (a table pasted as an image), read by OCR. */
    private void pictures(XWPFParagraph paragraph, DocumentBuilder out, List<Ruling> rulings) {
        for (org.apache.poi.xwpf.usermodel.XWPFRun run : paragraph.getRuns()) {
            for (org.apache.poi.xwpf.usermodel.XWPFPicture picture : run.getEmbeddedPictures()) {
                if (picture.getPictureData() == null) {
                    continue;
                }
                // its width in points, from the drawing's extent
                pictures.add(picture.getPictureData().getData(), picture.getWidth(), out, rulings);
            }
        }
    }

    private static int span(BigInteger declared) {
        return declared == null ? 1 : TableLimits.span(declared.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
    }

    /** The row's cells on the table grid; {@code merged} receives which positions only continue a merged cell. */
    private static List<String> cells(XWPFTableRow row, List<Boolean> merged) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            boolean continuation = pr != null && pr.isSetVMerge()
                    && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
            cells.add(continuation ? "" : cellText(cell));
            merged.add(continuation);
            int span = pr != null && pr.isSetGridSpan() ? span((BigInteger) pr.getGridSpan().getVal()) : 1;
            for (int i = 1; i < span; i++) {
                cells.add("");
                merged.add(true);
            }
        }
        return cells;
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder b = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(p.getText());
        }
        return b.toString();
    }
}
