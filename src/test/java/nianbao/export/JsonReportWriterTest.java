package nianbao.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportWriterTest {
    private final JsonReportWriter writer = new JsonReportWriter();

    private static Cell number(String table, String row, String column, String raw) {
        return Cell.number(new CellRef(table, row, column), raw, new BigDecimal(raw.strip()), null);
    }

    private static Report report(FormatVersion template, Tables tables) {
        return new Report("anyang-2021.txt", "txt", "安阳县人民政府", 2021, template, tables, List.of(), List.of(),
                List.of(), "");
    }

    private static Report sample() {
        Tables tables = Tables.builder()
                .put(number("active", "rules", "issued", "0"))
                .put(number("active", "rules", "repealed", "-1"))
                .put(Cell.blank(new CellRef("active", "rules", "in_force"), " ", null))
                .put(Cell.text(new CellRef("active", "coercion", "decisions"), " 无 ", null))
                .put(number("active", "fees", "amount", " 96.6252"))
                .put(number("requests", "new_received", "total", "58"))
                .put(number("requests", "carried_over", "total", "2.0"))
                .put(number("requests", "granted", "total", "1.5"))
                .build();
        return report(FormatVersion.V2021, tables);
    }

    @Test
    void writesTheContractInOrderOnOneLine() {
        Finding negative = new Finding("value.negative", Severity.ERROR, "active", "rules", "repealed",
                "规章 本年废止件数 为 -1，不能为负数", List.of(new CellRef("active", "rules", "repealed")));
        Finding outdated = new Finding("template.outdated", Severity.WARNING, null, null, null, "旧格式", List.of());

        String line = writer.write(sample(), List.of(negative, outdated));

        assertThat(line).doesNotContain("\n").isEqualTo("{\"file\":\"anyang-2021.txt\",\"format\":\"txt\","
                + "\"organ\":\"安阳县人民政府\",\"year\":2021,\"template\":\"2021\",\"tables\":{"
                + "\"active\":{\"rules\":{\"issued\":0,\"repealed\":-1,\"in_force\":null},"
                + "\"coercion\":{\"decisions\":\"无\"},\"fees\":{\"amount\":\"96.6252\"}},"
                + "\"requests\":{\"new_received\":{\"total\":58},\"carried_over\":{\"total\":2},"
                + "\"granted\":{\"total\":1.5}}},"
                + "\"findings\":[{\"rule\":\"value.negative\",\"severity\":\"error\",\"table\":\"active\","
                + "\"row\":\"rules\",\"column\":\"repealed\",\"message\":\"规章 本年废止件数 为 -1，不能为负数\"},"
                + "{\"rule\":\"template.outdated\",\"severity\":\"warning\",\"table\":null,\"row\":null,"
                + "\"column\":null,\"message\":\"旧格式\"}],\"error\":null}");
    }

    @Test
    void integralNumbersAreJsonIntegersAndFractionsStayExact() throws Exception {
        JsonNode tables = new ObjectMapper().readTree(writer.write(sample(), List.of())).get("tables");

        assertThat(tables.at("/requests/new_received/total").isIntegralNumber()).isTrue();
        assertThat(tables.at("/requests/carried_over/total").isIntegralNumber()).isTrue();
        assertThat(tables.at("/requests/granted/total").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(tables.at("/active/rules/in_force").isNull()).isTrue();
    }

    @Test
    void feeZeroAndLargeFeesAreTheirPrintedText() throws Exception {
        Tables tables = Tables.builder()
                .put(number("active", "fees", "amount", "0"))
                .put(number("active", "licensing", "decisions", "3985758"))
                .build();
        JsonNode json = new ObjectMapper().readTree(writer.write(report(FormatVersion.V2021, tables), List.of()));

        assertThat(json.at("/tables/active/fees/amount").isTextual()).isTrue();
        assertThat(json.at("/tables/active/fees/amount").asText()).isEqualTo("0");
        assertThat(json.at("/tables/active/licensing/decisions").asLong()).isEqualTo(3985758L);
    }

    @Test
    void freeTextColumnOfTheTrialFormatKeepsItsTextWithoutSpaces() throws Exception {
        Tables tables = Tables.builder()
                .put(number("active", "procurement", "items", "38"))
                .put(Cell.text(new CellRef("active", "procurement", "amount"), "1642.7 万元", null))
                .put(number("active", "other_services", "change", "-6"))
                .build();
        JsonNode json = new ObjectMapper().readTree(writer.write(report(FormatVersion.V2019, tables), List.of()));

        assertThat(json.get("template").asText()).isEqualTo("2019");
        assertThat(json.at("/tables/active/procurement/amount").asText()).isEqualTo("1642.7万元");
        assertThat(json.at("/tables/active/procurement/items").asInt()).isEqualTo(38);
        assertThat(json.at("/tables/active/other_services/change").asInt()).isEqualTo(-6);
    }

    @Test
    void unknownYearAndOrganAreNull() throws Exception {
        Report report = new Report("x.txt", "txt", null, null, FormatVersion.UNKNOWN, Tables.builder().build(),
                List.of(), List.of(), List.of(), "");
        JsonNode json = new ObjectMapper().readTree(writer.write(report, List.of()));

        assertThat(json.get("organ").isNull()).isTrue();
        assertThat(json.get("year").isNull()).isTrue();
        assertThat(json.get("template").asText()).isEqualTo("unknown");
        assertThat(json.get("tables").size()).isZero();
        assertThat(json.get("findings").size()).isZero();
    }

    @Test
    void errorObjectHasOnlyFileAndError() {
        assertThat(writer.writeError("a.pdf", "加密的PDF，无法读取文本 (encrypted PDF)"))
                .isEqualTo("{\"file\":\"a.pdf\",\"error\":\"加密的PDF，无法读取文本 (encrypted PDF)\"}");
    }
}
