package nianbao.review;

import nianbao.check.SeasonFixtures;
import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library across years: a report is compared with the same organ's previous year whichever is imported first,
 * again when either is corrected, and as the examiner links or unlinks two reports.
 */
class SeasonTest {
    private static final CellRef CARRIED_FORWARD_TOTAL = new CellRef("requests", "carried_forward", "total");
    private static final String CARRYOVER_OFF_BY_ONE = "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1";
    private static final String STOCK_OK = "行政规范性文件 3 1 11";

    @TempDir
    Path dir;
    private ReviewService service;

    @BeforeEach
    void open() {
        service = ReviewService.open(dir.resolve("review.db"), "张三", new ReviewFixtures.TickingClock());
    }

    @AfterEach
    void close() {
        service.close();
    }

    private ReviewSession open2021() throws Exception {
        return service.open("anyang-2021.txt", SeasonFixtures.sampleText().getBytes(StandardCharsets.UTF_8));
    }

    private ReviewSession open2022(String organ, boolean rewrite) throws Exception {
        String text = SeasonFixtures.text2022(organ, CARRYOVER_OFF_BY_ONE, STOCK_OK);
        return service.open("anyang-2022.txt", (rewrite ? SeasonFixtures.rewritten(text) : text)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> crossYear(ReviewSession session) {
        return session.findings().stream().map(Finding::rule)
                .filter(r -> r.startsWith("crossyear.") || r.equals("text.repetition")).toList();
    }

    @Test
    void theLaterYearIsComparedWithTheEarlierUnderTheOtherFormOfTheOrgansName() throws Exception {
        ReviewSession y2021 = open2021();
        ReviewSession y2022 = open2022("河南省安阳县人民政府", false);

        assertThat(crossYear(y2022)).containsExactly("crossyear.carryover", "crossyear.carryover", "text.repetition");
        assertThat(crossYear(y2021)).isEmpty();
        assertThat(y2022.previousYear()).get().satisfies(p -> {
            assertThat(p.stored().id()).isEqualTo(y2021.reportId());
            assertThat(p.repetition().rate()).isGreaterThan(0.9);
        });
        LibraryEntry entry = service.entry(y2022.reportId()).orElseThrow();
        assertThat(entry.previousId()).isEqualTo(y2021.reportId());
        assertThat(entry.repetition()).isGreaterThan(0.9);
        assertThat(entry.crossYearFindings()).isEqualTo(3);
        assertThat(entry.errorCount()).isEqualTo(y2022.findings().stream()
                .filter(f -> f.severity() == nianbao.model.Severity.ERROR).count());
        assertThat(service.entry(y2021.reportId()).orElseThrow().previousId()).isNull();
    }

    @Test
    void importedTheOtherWayRoundTheLaterYearGetsItsPreviousWhenItArrives() throws Exception {
        ReviewSession y2022 = open2022("河南省安阳县人民政府", true);
        assertThat(crossYear(y2022)).isEmpty();
        int errorsAlone = service.entry(y2022.reportId()).orElseThrow().errorCount();

        ReviewSession y2021 = open2021();
        assertThat(crossYear(y2022)).containsExactly("crossyear.carryover", "crossyear.carryover");
        LibraryEntry entry = service.entry(y2022.reportId()).orElseThrow();
        assertThat(entry.previousId()).isEqualTo(y2021.reportId());
        assertThat(entry.errorCount()).isEqualTo(errorsAlone + 2);
        assertThat(entry.repetition()).isBetween(0.05, 0.5);
    }

    @Test
    void correctingLastYearsCarryForwardFindsTheComparisonAgainOpenOrStored() throws Exception {
        ReviewSession y2021 = open2021();
        ReviewSession y2022 = open2022("安阳县人民政府", true);
        assertThat(crossYear(y2022)).hasSize(2);

        // last year really carried 1 forward, in the 自然人 column and the total
        y2021.correct(new CellRef("requests", "carried_forward", "natural_person"), "1", CorrectionKind.PARSE_ERROR, "");
        assertThat(crossYear(y2022)).containsExactly("crossyear.carryover"); // the total still differs
        y2021.correct(CARRIED_FORWARD_TOTAL, "1", CorrectionKind.PARSE_ERROR, "");
        assertThat(crossYear(y2022)).isEmpty();
        assertThat(service.entry(y2022.reportId()).orElseThrow().crossYearFindings()).isZero();

        // and with the later year not open: its stored summary follows
        long laterId = y2022.reportId();
        y2022 = null;
        System.gc();
        y2021.undo();
        LibraryEntry stored = service.entry(laterId).orElseThrow();
        assertThat(stored.crossYearFindings()).isEqualTo(1);
        assertThat(crossYear(service.openStored(laterId))).containsExactly("crossyear.carryover");
    }

    @Test
    void anotherOrganIsNotComparedUntilTheExaminerLinksThemAndAnUnlinkSeparatesTheSameName() throws Exception {
        ReviewSession y2021 = open2021();
        ReviewSession city = open2022("安阳市人民政府", true);
        assertThat(city.previousYear()).isEmpty();
        assertThat(crossYear(city)).isEmpty();

        service.link(y2021.reportId(), city.reportId(), true);
        assertThat(city.previousYear()).get().extracting(p -> p.stored().id()).isEqualTo(y2021.reportId());
        assertThat(crossYear(city)).hasSize(2);
        assertThat(service.entry(city.reportId()).orElseThrow().previousId()).isEqualTo(y2021.reportId());

        service.unlink(y2021.reportId(), city.reportId());
        assertThat(city.previousYear()).isEmpty();

        ReviewSession county = open2022("淮安市安阳县人民政府", true); // the same name form, so compared…
        assertThat(county.previousYear()).isPresent();
        service.link(y2021.reportId(), county.reportId(), false); // …until the examiner says they differ
        assertThat(county.previousYear()).isEmpty();
        assertThat(crossYear(county)).isEmpty();
        assertThat(service.entry(county.reportId()).orElseThrow().previousId()).isNull();
    }

    @Test
    void theRepetitionThresholdDecidesForTheReportsOpenedAfterIt() throws Exception {
        open2021();
        service.setRepetitionThreshold(0.01);
        ReviewSession rewritten = open2022("安阳县人民政府", true);
        assertThat(crossYear(rewritten)).contains("text.repetition");
        assertThat(rewritten.findings()).filteredOn(f -> f.rule().equals("text.repetition")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("（超过1%）"));
    }
}
