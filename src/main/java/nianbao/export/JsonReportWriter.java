package nianbao.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.format.ValueKind;
import nianbao.model.Cell;
import nianbao.model.Finding;
import nianbao.model.Report;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes one checked report (or one unreadable file) as the JSON object of cli.md, with the keys in the contract's
 * order; numbers are exact (no float rounding) and decimal amounts keep the text as printed.
 */
public final class JsonReportWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The report and its findings as a JSON object. */
    public ObjectNode toNode(Report report, List<Finding> findings) {
        ObjectNode root = NODES.objectNode();
        root.put("file", report.file());
        root.put("format", report.sourceFormat());
        root.put("organ", report.organ());
        if (report.year() == null) {
            root.putNull("year");
        } else {
            root.put("year", report.year().intValue());
        }
        root.put("template", report.template().id());
        if (report.ocr()) {
            root.put("ocr", true); // some values were read from page images (cli.md)
        }
        root.set("tables", tables(report));
        root.set("findings", findings(findings));
        root.putNull("error");
        return root;
    }

    /** A file that could not be read: only its name and the reason, {@code "<chinese> (<english>)"}. */
    public ObjectNode errorNode(String file, String error) {
        ObjectNode root = NODES.objectNode();
        root.put("file", file);
        root.put("error", error);
        return root;
    }

    /** The report as one line of JSON (a JSON Lines record). */
    public String write(Report report, List<Finding> findings) {
        return toLine(toNode(report, findings));
    }

    /** The error object as one line of JSON. */
    public String writeError(String file, String error) {
        return toLine(errorNode(file, error));
    }

    public static String toLine(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // a tree of plain nodes always serialises; this would be a bug in Jackson, not bad input
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode tables(Report report) {
        FormatSpec format = Formats.of(report.template());
        ObjectNode tables = NODES.objectNode();
        for (String table : report.tables().tableKeys()) {
            ObjectNode rows = tables.putObject(table);
            for (String row : report.tables().rowKeys(table)) {
                ObjectNode columns = rows.putObject(row);
                for (Map.Entry<String, Cell> e : report.tables().row(table, row).entrySet()) {
                    columns.set(e.getKey(), value(e.getValue(), kindOf(format, table, row, e.getKey())));
                }
            }
        }
        return tables;
    }

    private static ValueKind kindOf(FormatSpec format, String table, String row, String column) {
        TableSpec t = format.table(table);
        RowSpec r = t == null ? null : t.row(row);
        ColumnSpec c = r == null ? null : r.column(column);
        return c == null ? ValueKind.COUNT : c.kind();
    }

    /** Blank → null; amounts and free text → the text as printed; other text → stripped; numbers exact. */
    static JsonNode value(Cell cell, ValueKind kind) {
        if (cell == null || cell.isBlank()) {
            return NODES.nullNode();
        }
        if (kind == ValueKind.DECIMAL || kind == ValueKind.FREE_TEXT) {
            return NODES.textNode(ValueText.printed(cell));
        }
        if (cell.isText()) {
            return NODES.textNode(cell.raw() == null ? "" : cell.raw().strip());
        }
        BigDecimal n = cell.number();
        if (n.signum() == 0 || n.stripTrailingZeros().scale() <= 0) {
            return NODES.numberNode(n.toBigInteger());
        }
        return NODES.numberNode(n);
    }

    private static JsonNode findings(List<Finding> findings) {
        ArrayNode array = NODES.arrayNode();
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("table", f.table());
            o.put("row", f.row());
            o.put("column", f.column());
            o.put("message", f.message());
        }
        return array;
    }
}
