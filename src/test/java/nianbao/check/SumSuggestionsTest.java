package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Report;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static nianbao.check.ReportFixtures.ref;
import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withCell;
import static org.assertj.core.api.Assertions.assertThat;

class SumSuggestionsTest {
    private static final CellRef GRANTED_NATURAL = ref("requests", "granted", "natural_person");

    /** valid2021 with granted/natural (5 in the form) read as {@code raw}, uncertain. */
    private static Report readAs(Report report, CellRef ref, String raw) {
        return withCell(report, Cell.read(ref, raw, report.tables().cell(ref).provenance())
                .withUncertainty("图片中的数字识别把握不足（62%），请对照页面核对"));
    }

    @Test
    void aMisreadDigitThatEverySumContradictsGetsTheReadingTheSumsAgreeOn() {
        Report report = readAs(valid2021(), GRANTED_NATURAL, "3");

        assertThat(SumSuggestions.of(report)).containsOnlyKeys(GRANTED_NATURAL);
        SumSuggestions.Suggestion s = SumSuggestions.of(report).get(GRANTED_NATURAL);
        assertThat(s.value()).isEqualByComparingTo("5");
        assertThat(s.identities()).isEqualTo(2); // its column's total and its row's total
        assertThat(run(new UncertainValueRule(), report)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("读作 3").contains("按表内合计应为 5（建议，未自动采用）"));
    }

    @Test
    void anUncertainValueTheSumsBearOutHasNoSuggestion() {
        Report report = readAs(valid2021(), GRANTED_NATURAL, "5");
        assertThat(SumSuggestions.of(report)).isEmpty();
        assertThat(run(new UncertainValueRule(), report)).singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("建议"));
    }

    @Test
    void whenTheSumsDisagreeOnTheReadingNothingIsSuggested() {
        // the row's total (certain) now says 3 is right while the column's total says 5: the report itself is wrong
        Report report = ReportFixtures.withNumber(readAs(valid2021(), GRANTED_NATURAL, "3"),
                "requests", "granted", "total", 4);
        assertThat(SumSuggestions.of(report)).isEmpty();
    }

    @Test
    void oneIdentityAloneSuggestsNothing() {
        // the column's total is uncertain too (and has no reading of its own to offer): only the row's total can be
        // asked, and one sum can be made to hold by any value
        Report report = readAs(readAs(valid2021(), GRANTED_NATURAL, "3"), ref("requests", "total", "natural_person"), "7");
        assertThat(SumSuggestions.of(report)).isEmpty();
    }

    @Test
    void twoMisreadValuesOfARowAreEachPinnedByTheirColumnAndConfirmedTogetherByTheRow() {
        CellRef commercial = ref("requests", "granted", "commercial"); // 1 in the form
        Report report = readAs(readAs(valid2021(), GRANTED_NATURAL, "3"), commercial, "2");
        assertThat(SumSuggestions.of(report)).containsOnlyKeys(GRANTED_NATURAL, commercial);
        assertThat(SumSuggestions.of(report).get(GRANTED_NATURAL).value()).isEqualByComparingTo("5");
        assertThat(SumSuggestions.of(report).get(commercial).value()).isEqualByComparingTo("1");
        assertThat(SumSuggestions.of(report).get(commercial).identities()).isEqualTo(2);
    }

    @Test
    void aReadingMoreThanOneDigitAwayIsNotSuggested() {
        assertThat(SumSuggestions.of(readAs(valid2021(), GRANTED_NATURAL, "38"))).isEmpty();
        assertThat(SumSuggestions.of(readAs(valid2021(), GRANTED_NATURAL, "55")).get(GRANTED_NATURAL).value())
                .isEqualByComparingTo("5"); // a doubled digit is one too many
    }

    @Test
    void aCellReadAsEmptyGetsTheValueOnlyWhenTwoSumsAgree() {
        Report blank = readAs(valid2021(), GRANTED_NATURAL, "");
        assertThat(SumSuggestions.of(blank).get(GRANTED_NATURAL).value()).isEqualByComparingTo(BigDecimal.valueOf(5));

        Report oneSum = readAs(blank, ref("requests", "total", "natural_person"), "7");
        assertThat(SumSuggestions.of(oneSum)).doesNotContainKey(GRANTED_NATURAL);
    }

    @Test
    void certainValuesAreNeverSuggested() {
        Report report = ReportFixtures.withNumber(valid2021(), "requests", "granted", "natural_person", 3);
        assertThat(SumSuggestions.of(report)).isEmpty();
    }
}
