package nianbao.store;

import nianbao.model.FormatVersion;
import nianbao.model.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nianbao.store.StoreFixtures.CLOCK;
import static nianbao.store.StoreFixtures.T0;
import static nianbao.store.StoreFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports are found by source hash or id, listed most recently opened first, and keep their review status. */
class ReportRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private ReportRepository reports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("nianbao.db"), CLOCK);
        reports = new ReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void insertedReportIsFoundByHashAndId() {
        StoredReport a = reports.insert(report("a.txt"), "hash-a", ReportSummary.alone(2, 0), T0);
        assertThat(a.status()).isEqualTo(ReviewStatus.UNREVIEWED);
        assertThat(reports.findByHash("hash-a")).contains(a);
        assertThat(reports.find(a.id())).contains(a);
        assertThat(a).extracting(StoredReport::fileName, StoredReport::organ, StoredReport::year,
                        StoredReport::template, StoredReport::sourceFormat)
                .containsExactly("a.txt", "安阳县人民政府", 2021, FormatVersion.V2021, "txt");
        assertThat(reports.findByHash("hash-b")).isEmpty();
    }

    @Test
    void theSameSourceCannotBeImportedTwice() {
        reports.insert(report("a.txt"), "hash-a", ReportSummary.alone(0, 0), T0);
        assertThatThrownBy(() -> reports.insert(report("copy-of-a.txt"), "hash-a", ReportSummary.alone(0, 0), T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
    }

    @Test
    void listsMostRecentlyOpenedFirstWithStatusAndErrorCount() {
        StoredReport a = reports.insert(report("a.txt"), "hash-a", ReportSummary.alone(1, 0), T0);
        StoredReport b = reports.insert(report("b.txt"), "hash-b", ReportSummary.alone(0, 0), T0.plusSeconds(10));
        reports.markOpened(a.id(), T0.plusSeconds(20), ReportSummary.alone(4, 0));
        reports.updateReview(a.id(), ReviewStatus.REVIEWED, ReportSummary.alone(5, 0));
        assertThat(reports.all()).extracting(StoredReport::id).containsExactly(a.id(), b.id());
        StoredReport reread = reports.find(a.id()).orElseThrow();
        assertThat(reread.status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(reread.errorCount()).isEqualTo(5);
        assertThat(reread.openedAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(reread.importedAt()).isEqualTo(T0);
    }

    @Test
    void updatingAMissingReportFails() {
        assertThatThrownBy(() -> reports.updateReview(77, ReviewStatus.IN_REVIEW, ReportSummary.alone(0, 0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("77");
    }
}
