package nianbao.export;

import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.ReviewedReport;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes every cell of a reviewed report as one CSV line (table, row, column, printed labels, value as parsed, value
 * as corrected, correction note), UTF-8 with a byte-order mark so Excel shows the Chinese, quoted per RFC 4180.
 */
public final class CsvWriter {
    static final List<String> HEADER = List.of("table", "row", "column", "row_label", "column_label",
            "parsed_value", "corrected_value", "note");
    private static final String LINE_END = "\r\n";

    public void write(ReviewedReport reviewed, Path target) throws ExportException {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(reviewed, writer);
            writer.flush();
        });
    }

    /** Writes the byte-order mark, the header line and one line per cell. */
    void write(ReviewedReport reviewed, Writer out) throws IOException {
        ReviewFacts facts = new ReviewFacts(reviewed);
        PrintedLabels labels = facts.labels();
        out.write('\ufeff');
        line(out, HEADER);
        for (CellRef ref : facts.cells()) {
            Optional<Correction> correction = facts.correction(ref);
            line(out, List.of(ref.table(), ref.row(), ref.column(),
                    labels.rowLabel(ref.table(), ref.row()),
                    labels.columnLabel(ref.table(), ref.row(), ref.column()),
                    facts.originalText(ref),
                    correction.isPresent() ? facts.currentText(ref) : "",
                    correction.map(c -> ExportTexts.orEmpty(c.note())).orElse("")));
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write(LINE_END);
    }

    /** A field quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled (RFC 4180). */
    static String quoted(String field) {
        String value = field == null ? "" : field;
        boolean needs = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
