package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden comparison itself: it must catch every kind of difference and excuse only what the conventions do. */
class GoldenComparisonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String EXPECTED = """
            {"organ": "某县人民政府", "year": 2021, "template": "2021",
             "tables": {"active": {"rules": {"issued": 0, "repealed": null}, "fees": {"amount": "96.6252"}},
                        "requests": {"new_received": {"total": 58}}},
             "expected_findings": [
               {"rule": "value.negative", "table": "active", "row": "rules", "column": "issued"},
               {"rule": "requests.balance", "table": "requests", "row": null, "column": "total"},
               {"rule": "narrative.mismatch", "table": "requests", "row": "total", "column": "total",
                "optional": true}]}
            """;

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    private static String actual(String tables, String findings) {
        return "{'file': 'x.txt', 'format': 'txt', 'organ': '某县人民政府', 'year': 2021, 'template': '2021',"
                + " 'tables': " + tables + ", 'findings': [" + findings + "], 'error': null}";
    }

    private static final String TABLES = "{'active': {'rules': {'issued': 0, 'repealed': null},"
            + " 'fees': {'amount': '96.6252'}}, 'requests': {'new_received': {'total': 58}}}";
    private static final String REQUIRED = "{'rule': 'value.negative', 'severity': 'error', 'table': 'active',"
            + " 'row': 'rules', 'column': 'issued', 'message': 'm'},"
            + "{'rule': 'requests.balance', 'severity': 'error', 'table': 'requests', 'row': null,"
            + " 'column': 'total', 'message': 'm'}";

    private static List<String> compare(String actual) throws Exception {
        return GoldenComparison.differences(json(EXPECTED), json(actual));
    }

    @Test
    void matchingReportHasNoDifferences() throws Exception {
        assertThat(compare(actual(TABLES, REQUIRED))).isEmpty();
    }

    @Test
    void excusedFindingsAreAccepted() throws Exception {
        String extra = REQUIRED
                + ",{'rule': 'value.blank', 'severity': 'warning', 'table': 'active', 'row': 'rules',"
                + " 'column': 'repealed', 'message': 'blank'}"
                + ",{'rule': 'narrative.mismatch', 'severity': 'warning', 'table': 'requests', 'row': 'total',"
                + " 'column': 'total', 'message': 'optional'}"
                + ",{'rule': 'requests.carried_forward', 'severity': 'info', 'table': 'requests', 'row': null,"
                + " 'column': 'total', 'message': 'info'}";

        assertThat(compare(actual(TABLES, extra))).isEmpty();
    }

    @Test
    void cellDifferencesAreNamedPrecisely() throws Exception {
        String tables = "{'active': {'rules': {'issued': 1, 'repealed': 0}, 'fees': {'amount': 96.6252}},"
                + " 'requests': {}}";

        assertThat(compare(actual(tables, REQUIRED))).containsExactly(
                "active.rules.issued: expected 0, got 1",
                "active.rules.repealed: expected null, got 0",
                "active.fees.amount: expected \"96.6252\" (text), got 96.6252",
                "requests.new_received: row missing, expected {\"total\":58}");
    }

    @Test
    void missingAndUnexpectedFindingsAreNamed() throws Exception {
        String findings = "{'rule': 'value.negative', 'severity': 'error', 'table': 'active', 'row': 'rules',"
                + " 'column': 'issued', 'message': 'm'},"
                + "{'rule': 'requests.balance', 'severity': 'error', 'table': 'requests', 'row': null,"
                + " 'column': 'natural_person', 'message': '一+二 = 1'}";

        assertThat(compare(actual(TABLES, findings))).containsExactly(
                "missing finding requests.balance (table=requests, row=null, column=total)",
                "unexpected error finding requests.balance (table=requests, row=null, column=natural_person): 一+二 = 1");
    }

    @Test
    void identityAndErrorsAreReported() throws Exception {
        String wrongYear = actual(TABLES, REQUIRED).replace("2021,", "2022,");

        assertThat(compare(wrongYear)).containsExactly("year: expected 2021, got 2022");
        assertThat(compare("{'file': 'x.txt', 'error': '文件为空 (empty file)'}"))
                .containsExactly("could not be read: 文件为空 (empty file)");
    }
}
