package nianbao.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.ReviewedReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewedJsonWriterTest {
    /** The top-level shape of one report in cli.md, read the plain way a consumer of the contract would. */
    record CliReport(String file, String format, String organ, Integer year, String template,
                     Map<String, Map<String, Map<String, Object>>> tables, List<Map<String, Object>> findings,
                     String error) {
    }

    private static ReviewedReport reviewed;
    private static JsonNode json;
    private static Path file;

    @BeforeAll
    static void export(@TempDir Path dir) throws Exception {
        reviewed = ExportFixtures.reviewed();
        file = dir.resolve("audit.json");
        new ReviewedJsonWriter().write(reviewed, file);
        json = new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void tablesHoldTheCorrectedValues() {
        int checked = 0;
        for (Cell cell : reviewed.current().tables().cells()) {
            CellRef ref = cell.ref();
            JsonNode value = json.path("tables").path(ref.table()).path(ref.row()).path(ref.column());
            assertThat(value.isMissingNode()).as(ref.toString()).isFalse();
            if (ref.equals(ExportFixtures.FEE)) {
                assertThat(value.asText()).isEqualTo("96.6260");
            } else if (cell.isNumber()) {
                assertThat(value.decimalValue()).as(ref.toString()).isEqualByComparingTo(cell.number());
            } else if (cell.isBlank()) {
                assertThat(value.isNull()).as(ref.toString()).isTrue();
            }
            checked++;
        }
        assertThat(checked).isEqualTo(200);
        assertThat(json.at("/tables/active/rules/repealed").asInt()).isZero();
        assertThat(json.at("/tables/review_litigation/review/upheld").asInt()).isEqualTo(7);
    }

    @Test
    void baseFieldsFollowTheContractAndReadAsThePlainCliShape() throws Exception {
        assertThat(json.get("file").asText()).isEqualTo(reviewed.fileName());
        assertThat(json.get("format").asText()).isEqualTo("txt");
        assertThat(json.get("organ").asText()).isEqualTo("安阳县人民政府");
        assertThat(json.get("year").isInt()).isTrue();
        assertThat(json.get("template").asText()).isEqualTo("2021");
        assertThat(json.get("error").isNull()).isTrue();
        assertThat(json.get("findings").size()).isEqualTo(reviewed.findings().size());
        List<String> rules = new ArrayList<>();
        json.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertThat(rules).doesNotContain("value.negative").contains("review_litigation.total");

        CliReport plain = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(file.toFile(), CliReport.class);
        assertThat(plain.organ()).isEqualTo("安阳县人民政府");
        assertThat(plain.year()).isEqualTo(2021);
        assertThat(plain.tables().get("requests").get("new_received").get("total")).isEqualTo(58);
        assertThat(plain.tables().get("active").get("fees").get("amount")).isEqualTo("96.6260");
        assertThat(plain.findings()).allSatisfy(f -> assertThat(f).containsKeys("rule", "severity", "table", "row",
                "column", "message"));
    }

    @Test
    void listsCorrectionsResolutionsAndStatus() {
        assertThat(json.get("review_status").asText()).isEqualTo("in_review");
        JsonNode corrections = json.get("corrections");
        assertThat(corrections.size()).isEqualTo(3);
        JsonNode first = corrections.get(0);
        assertThat(first.get("table").asText()).isEqualTo("active");
        assertThat(first.get("row").asText()).isEqualTo("rules");
        assertThat(first.get("column").asText()).isEqualTo("repealed");
        assertThat(first.get("old").asInt()).isEqualTo(-1);
        assertThat(first.get("new").asInt()).isZero();
        assertThat(first.get("kind").asText()).isEqualTo("report_error");
        assertThat(first.get("examiner").asText()).isEqualTo(ExportFixtures.EXAMINER);
        assertThat(first.get("at").asText()).isEqualTo("2025-01-30T01:00:00Z");
        assertThat(corrections.get(1).get("old").asText()).isEqualTo("96.6252");
        assertThat(corrections.get(1).get("new").asText()).isEqualTo("96.6260");

        JsonNode resolutions = json.get("resolutions");
        assertThat(resolutions.size()).isEqualTo(2);
        List<String> kinds = new ArrayList<>();
        resolutions.forEach(r -> {
            assertThat(r.has("rule") && r.has("table") && r.has("row") && r.has("column") && r.has("note")
                    && r.has("examiner") && r.has("at")).isTrue();
            kinds.add(r.get("resolution").asText());
        });
        assertThat(kinds).containsExactlyInAnyOrder("report_error_confirmed", "dismissed");
    }

    @Test
    void fileIsUtf8WithoutByteOrderMark() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) '{');
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).contains("安阳县人民政府");
    }
}
