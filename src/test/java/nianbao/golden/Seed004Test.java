package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import nianbao.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004 (安阳县 2021) carries the findings the format spec names for it; the examiner must see each one. */
class Seed004Test {
    private static List<JsonNode> findings;

    @BeforeAll
    static void check() {
        CliRun run = CliRun.run("check", "--json", Corpus.seed("004_").toString());
        JsonNode report = run.singleJson();
        assertThat(report.path("error").isNull()).as("error: %s", report.path("error")).isTrue();
        findings = new ArrayList<>();
        report.path("findings").forEach(findings::add);
    }

    private static List<JsonNode> find(String rule, String table, String row, String column) {
        return findings.stream()
                .filter(f -> f.path("rule").asText().equals(rule))
                .filter(f -> table.equals(f.path("table").asText(null)))
                .filter(f -> row == null || row.equals(f.path("row").asText(null)))
                .filter(f -> column == null || column.equals(f.path("column").asText(null)))
                .toList();
    }

    @Test
    void negativeRepealedRules() {
        assertThat(find("value.negative", "active", "rules", "repealed"))
                .as("value.negative on active.rules.repealed among %s", findings).hasSize(1)
                .allSatisfy(f -> assertThat(f.path("severity").asText()).isEqualTo("error"));
    }

    @Test
    void narrativeContradictsReceivedRequests() {
        assertThat(find("narrative.mismatch", "requests", "new_received", "total"))
                .as("narrative.mismatch on requests.new_received.total among %s", findings).isNotEmpty();
    }

    @Test
    void narrativeContradictsReviewTotal() {
        assertThat(find("narrative.mismatch", "review_litigation", "review", "total"))
                .as("narrative.mismatch on review_litigation.review.total among %s", findings).isNotEmpty();
    }

    @Test
    void carriedForwardInfoShowsReceivedAndHandled() {
        List<JsonNode> carried = find("requests.carried_forward", "requests", null, null);
        assertThat(carried).as("requests.carried_forward among %s", findings).isNotEmpty();
        assertThat(carried).anySatisfy(f -> {
            assertThat(f.path("severity").asText()).isEqualTo("info");
            assertThat(f.path("message").asText()).contains("58").contains("56");
        });
    }
}
