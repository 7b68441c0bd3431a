package nianbao.ui;

import nianbao.export.ExportFormat;
import nianbao.model.ReviewStatus;
import nianbao.review.LibraryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's filters and the batch export's file names, without a stage. */
class LibraryViewModelTest {
    static LibraryEntry entry(long id, String file, String organ, Integer year, ReviewStatus status, int errors,
                              Instant opened) {
        return new LibraryEntry(id, file, organ, year, "pdf", nianbao.model.FormatVersion.V2021, status, errors, 0,
                null, null, 0, null, null, opened);
    }

    private static final LibraryEntry DANXIA = entry(1, "danxia.pdf", "丹霞市人力资源和社会保障局", 2021, ReviewStatus.REVIEWED, 0, Instant.EPOCH);
    private static final LibraryEntry HEMING = entry(2, "heming-county.pdf", "鹤鸣县人民政府", 2022, ReviewStatus.UNREVIEWED, 3, Instant.EPOCH);
    private static final LibraryEntry UNNAMED = entry(3, "Scan 7.PDF", null, null, ReviewStatus.IN_REVIEW, 1, Instant.EPOCH);

    @TempDir
    Path dir;

    @Test
    void textAndStatusFiltersNarrowTheList() {
        LibraryViewModel model = new LibraryViewModel();
        model.setEntries(List.of(DANXIA, HEMING, UNNAMED));
        assertThat(model.shown()).containsExactly(DANXIA, HEMING, UNNAMED);

        model.textFilterProperty().set(" 鹤鸣 ");
        assertThat(model.shown()).containsExactly(HEMING);
        model.textFilterProperty().set("COUNTY");
        assertThat(model.shown()).containsExactly(HEMING);
        model.textFilterProperty().set("scan");
        assertThat(model.shown()).containsExactly(UNNAMED);

        model.textFilterProperty().set("");
        model.statusFilterProperty().set(ReviewStatus.REVIEWED);
        assertThat(model.shown()).containsExactly(DANXIA);
        model.textFilterProperty().set("鹤鸣");
        assertThat(model.shown()).isEmpty();
        model.statusFilterProperty().set(null);
        assertThat(model.shown()).containsExactly(HEMING);
        assertThat(model.total()).isEqualTo(3);
    }

    @Test
    void exportFileNamesAreOrganYearAndId() throws Exception {
        assertThat(ExportTargets.fileName(DANXIA, ExportFormat.PDF)).isEqualTo("丹霞市人力资源和社会保障局-2021-1.pdf");
        assertThat(ExportTargets.fileName(UNNAMED, ExportFormat.CSV)).isEqualTo("Scan 7-3.csv");
        LibraryEntry odd = entry(4, "x.pdf", "A/B:C*", 2020, ReviewStatus.UNREVIEWED, 0, null);
        assertThat(ExportTargets.fileName(odd, ExportFormat.JSON)).isEqualTo("A_B_C_-2020-4.json");

        Files.writeString(dir.resolve("鹤鸣县人民政府-2022-2.xlsx"), "x");
        assertThat(ExportTargets.existing(dir, List.of(DANXIA, HEMING), ExportFormat.XLSX)).containsExactly(HEMING);
        assertThat(ExportTargets.withExtension(dir.resolve("a"), ExportFormat.PDF)).isEqualTo(dir.resolve("a.pdf"));
        assertThat(ExportTargets.withExtension(dir.resolve("a.PDF"), ExportFormat.PDF)).isEqualTo(dir.resolve("a.PDF"));
    }

    @Test
    void yearAndHasErrorsNarrowTheListAndTheYearsAreTheLibrarysLatestFirst() {
        LibraryViewModel model = new LibraryViewModel();
        model.setEntries(List.of(DANXIA, HEMING, UNNAMED));
        assertThat(model.years()).containsExactly(2022, 2021);
        model.yearFilterProperty().set(2021);
        assertThat(model.shown()).containsExactly(DANXIA);
        model.yearFilterProperty().set(null);
        model.errorsOnlyProperty().set(true);
        assertThat(model.shown()).containsExactly(HEMING, UNNAMED);
    }

    @Test
    void theWorklistStartsWorstFirstAndNextUnreviewedGoesOnFromTheReportShown() {
        LibraryEntry alsoNew = entry(5, "b.pdf", "乙县人民政府", 2022, ReviewStatus.UNREVIEWED, 0, Instant.EPOCH);
        List<LibraryEntry> ordered = java.util.stream.Stream.of(DANXIA, HEMING, UNNAMED, alsoNew)
                .sorted(LibraryViewModel.WORST_FIRST).toList();
        assertThat(ordered).containsExactly(HEMING, UNNAMED, DANXIA, alsoNew);
        assertThat(LibraryViewModel.nextUnreviewed(ordered, HEMING.id())).contains(alsoNew);
        assertThat(LibraryViewModel.nextUnreviewed(ordered, alsoNew.id())).contains(HEMING); // from the top again
        assertThat(LibraryViewModel.nextUnreviewed(ordered, -1)).contains(HEMING); // nothing shown: the worst
        assertThat(LibraryViewModel.nextUnreviewed(List.of(DANXIA, HEMING), HEMING.id())).isEmpty();
    }
}
