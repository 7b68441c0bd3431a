package nianbao.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.model.Cell;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.ReviewedReport;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a reviewed report as the cli.md JSON object of the corrected report (values after correction, its current
 * findings) with three more top-level keys: {@code review_status}, {@code corrections} and {@code resolutions}.
 */
public final class ReviewedJsonWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final JsonReportWriter base = new JsonReportWriter();

    public void write(ReviewedReport reviewed, Path target) throws ExportException {
        ObjectNode root = toNode(reviewed);
        AtomicFile.write(target, out -> MAPPER.writeValue(out, root));
    }

    /** The JSON text, indented, UTF-8 when written. */
    public String write(ReviewedReport reviewed) {
        try {
            return MAPPER.writeValueAsString(toNode(reviewed));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toNode(ReviewedReport reviewed) {
        ReviewFacts facts = new ReviewFacts(reviewed);
        ObjectNode root = base.toNode(reviewed.current(), reviewed.findings());
        root.put("review_status", id(reviewed.status() == null ? "unreviewed" : reviewed.status().name()));
        root.set("corrections", corrections(reviewed.corrections(), facts, root));
        root.set("resolutions", resolutions(reviewed, root));
        return root;
    }

    private static ArrayNode corrections(List<Correction> corrections, ReviewFacts facts, ObjectNode factory) {
        ArrayNode array = factory.arrayNode();
        for (Correction c : corrections) {
            ObjectNode o = array.addObject();
            o.put("table", c.ref().table());
            o.put("row", c.ref().row());
            o.put("column", c.ref().column());
            o.set("old", value(c.oldRaw(), c, facts));
            o.set("new", value(c.newRaw(), c, facts));
            o.put("kind", c.kind() == null ? null : id(c.kind().name()));
            o.put("note", c.note());
            o.put("examiner", c.examiner());
            o.put("at", iso(c.at()));
        }
        return array;
    }

    /** A value written the way the tables write it: exact number, null for blank, text otherwise. */
    private static JsonNode value(String raw, Correction c, ReviewFacts facts) {
        return JsonReportWriter.value(Cell.read(c.ref(), raw == null ? "" : raw, null), facts.kind(c.ref()));
    }

    /** Resolutions of the current findings in their order, then those of findings no longer raised, by time. */
    private static ArrayNode resolutions(ReviewedReport reviewed, ObjectNode factory) {
        Map<FindingKey, FindingResolution> left = new LinkedHashMap<>(reviewed.resolutions());
        List<FindingResolution> ordered = new ArrayList<>();
        for (Finding f : reviewed.findings()) {
            FindingResolution r = left.remove(FindingKey.of(f));
            if (r != null) {
                ordered.add(r);
            }
        }
        left.values().stream()
                .sorted(Comparator.comparing(FindingResolution::at, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(ordered::add);
        ArrayNode array = factory.arrayNode();
        for (FindingResolution r : ordered) {
            ObjectNode o = array.addObject();
            o.put("rule", r.finding().rule());
            o.put("table", r.finding().table());
            o.put("row", r.finding().row());
            o.put("column", r.finding().column());
            o.put("resolution", r.resolution() == null ? null : id(r.resolution().name()));
            o.put("note", r.note());
            o.put("examiner", r.examiner());
            o.put("at", iso(r.at()));
        }
        return array;
    }

    private static String id(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }

    private static String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
