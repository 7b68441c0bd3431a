package nianbao.store;

import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.FindingKey;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static nianbao.store.StoreFixtures.CLOCK;
import static nianbao.store.StoreFixtures.T0;
import static nianbao.store.StoreFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The action log keeps every field of every event type, in order, and can only grow. */
class EventRepositoryTest {
    @TempDir
    Path dir;
    private Database db;
    private EventRepository events;
    private long reportId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("nianbao.db"), CLOCK);
        events = new EventRepository(db);
        reportId = new ReportRepository(db).insert(report("a.txt"), "hash-a", ReportSummary.alone(0, 0), T0).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ReviewEvent> sample() {
        return List.of(
                ReviewEvent.correct(reportId, 1, new CellRef("active", "rules", "repealed"), "-1", "0",
                        CorrectionKind.REPORT_ERROR, "报告印刷错误", "张三", T0),
                ReviewEvent.status(reportId, 2, ReviewStatus.IN_REVIEW, "张三", T0),
                ReviewEvent.resolve(reportId, 3, new FindingKey("requests.balance", "requests", null, "total"),
                        Resolution.DISMISSED, null, "李四", T0.plusSeconds(5)),
                ReviewEvent.resolve(reportId, 4, new FindingKey("template.outdated", null, null, null), null,
                        "撤回", "李四", T0.plusSeconds(6)),
                ReviewEvent.undo(reportId, 5, 4, "李四", T0.plusSeconds(7)),
                ReviewEvent.redo(reportId, 6, 4, "李四", T0.plusSeconds(8)));
    }

    @Test
    void eventsRoundTripInOrder() {
        List<ReviewEvent> written = sample();
        written.forEach(events::append);
        assertThat(events.events(reportId)).containsExactlyElementsOf(written);
        assertThat(events.events(reportId + 1)).isEmpty();
    }

    @Test
    void aSeqIsTakenOnlyOnce() {
        events.append(sample().get(0));
        assertThatThrownBy(() -> events.append(ReviewEvent.status(reportId, 1, ReviewStatus.REVIEWED, "张三", T0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
        assertThat(events.events(reportId)).hasSize(1);
    }

    @Test
    void eventsCanBeNeitherChangedNorDeleted() {
        sample().forEach(events::append);
        assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("UPDATE events SET new_raw = '5'")))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM events")))
                .isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        assertThat(events.events(reportId)).containsExactlyElementsOf(sample());
    }
}
