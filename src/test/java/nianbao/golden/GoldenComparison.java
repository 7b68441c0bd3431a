package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares the JSON {@code check --json} printed for a document with its {@code .expected.json} under the corpus
 * conventions, and says precisely which value or finding differs.
 * <ul>
 * <li>organ, year and template are equal; every cell of the expected {@code tables} is equal (null = blank);</li>
 * <li>every expected finding not marked optional is reported (rule equal; table, row, column equal where the
 *     expected entry has them, null = any);</li>
 * <li>every reported error or warning matches some expected entry, optional or not;</li>
 * <li>{@code value.*} findings on a cell expected blank are neither required nor wrong; info is never compared.</li>
 * </ul>
 */
public final class GoldenComparison {
    private final JsonNode expected;
    private final JsonNode actual;
    private final List<String> differences = new ArrayList<>();

    private GoldenComparison(JsonNode expected, JsonNode actual) {
        this.expected = expected;
        this.actual = actual;
    }

    /** Every difference as one readable line; empty when the document matches. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        GoldenComparison comparison = new GoldenComparison(expected, actual);
        comparison.compare();
        return comparison.differences;
    }

    private void compare() {
        if (actual.hasNonNull("error")) {
            differences.add("could not be read: " + actual.get("error").asText());
            return;
        }
        for (String field : List.of("organ", "year", "template")) {
            if (!sameValue(expected.get(field), actual.get(field))) {
                differences.add(field + ": expected " + show(expected.get(field)) + ", got " + show(actual.get(field)));
            }
        }
        compareTables();
        compareFindings();
    }

    private void compareTables() {
        JsonNode actualTables = actual.path("tables");
        for (Iterator<Map.Entry<String, JsonNode>> tables = expected.path("tables").fields(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> table = tables.next();
            for (Iterator<Map.Entry<String, JsonNode>> rows = table.getValue().fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                String rowName = table.getKey() + "." + row.getKey();
                JsonNode actualRow = actualTables.path(table.getKey()).path(row.getKey());
                if (!actualRow.isObject()) {
                    differences.add(rowName + ": row missing, expected " + row.getValue());
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> cells = row.getValue().fields(); cells.hasNext(); ) {
                    Map.Entry<String, JsonNode> cell = cells.next();
                    JsonNode got = actualRow.get(cell.getKey());
                    if (got == null) {
                        differences.add(rowName + "." + cell.getKey() + ": cell missing, expected "
                                + show(cell.getValue()));
                    } else if (!sameValue(cell.getValue(), got)) {
                        differences.add(rowName + "." + cell.getKey() + ": expected " + show(cell.getValue())
                                + ", got " + show(got));
                    }
                }
            }
        }
    }

    private void compareFindings() {
        List<JsonNode> reported = list(actual.path("findings"));
        List<JsonNode> listed = list(expected.path("expected_findings"));
        for (JsonNode wanted : listed) {
            if (wanted.path("optional").asBoolean(false) || onBlankCell(wanted)) {
                continue;
            }
            if (reported.stream().noneMatch(got -> matches(wanted, got))) {
                differences.add("missing finding " + describe(wanted));
            }
        }
        for (JsonNode got : reported) {
            String severity = got.path("severity").asText();
            if (!severity.equals("error") && !severity.equals("warning")) {
                continue;
            }
            if (onBlankCell(got)) {
                continue;
            }
            if (listed.stream().noneMatch(wanted -> matches(wanted, got))) {
                differences.add("unexpected " + severity + " finding " + describe(got) + ": "
                        + got.path("message").asText());
            }
        }
    }

    /** Same rule; and same table, row, column wherever the expected entry names one. */
    static boolean matches(JsonNode wanted, JsonNode got) {
        if (!wanted.path("rule").asText().equals(got.path("rule").asText())) {
            return false;
        }
        for (String key : List.of("table", "row", "column")) {
            JsonNode want = wanted.get(key);
            if (want != null && !want.isNull() && !want.asText().equals(got.path(key).asText(null))) {
                return false;
            }
        }
        return true;
    }

    /** A value.* finding about a cell the expected tables hold as blank (null). */
    private boolean onBlankCell(JsonNode finding) {
        if (!finding.path("rule").asText().startsWith("value.")) {
            return false;
        }
        JsonNode row = expected.path("tables").path(finding.path("table").asText()).path(finding.path("row").asText());
        String column = finding.path("column").asText(null);
        return column != null && row.has(column) && row.get(column).isNull();
    }

    private static boolean sameValue(JsonNode want, JsonNode got) {
        boolean wantNull = want == null || want.isNull();
        boolean gotNull = got == null || got.isNull();
        if (wantNull || gotNull) {
            return wantNull && gotNull;
        }
        if (want.isNumber()) {
            return got.isNumber() && want.decimalValue().compareTo(got.decimalValue()) == 0;
        }
        return want.equals(got);
    }

    private static String describe(JsonNode finding) {
        return finding.path("rule").asText() + " (table=" + finding.path("table").asText(null)
                + ", row=" + finding.path("row").asText(null) + ", column=" + finding.path("column").asText(null) + ")";
    }

    private static String show(JsonNode value) {
        if (value == null) {
            return "(absent)";
        }
        return value.isTextual() ? "\"" + value.asText() + "\" (text)" : value.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
