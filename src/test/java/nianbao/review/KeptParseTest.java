package nianbao.review;

import nianbao.model.Report;
import nianbao.read.ReaderVersion;
import nianbao.store.Database;
import nianbao.store.ParsedReportRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a report from the library uses the parse its import kept, when the same build made it; a parse kept by
 * another build is not used: the source is read again, and the new parse kept in its place.
 */
class KeptParseTest {
    @TempDir
    Path dir;

    @Test
    void theParseKeptByThisBuildIsUsedAndOneByAnotherBuildIsReplaced() throws Exception {
        assertThat(ReaderVersion.current()).as("the Maven build stamps the readers").isPresent();
        String stamp = ReaderVersion.current().orElseThrow();
        Path db = dir.resolve("nianbao.db");
        long id;
        Report imported;
        try (ReviewService service = service(db)) {
            ReviewSession session = service.open(ReviewFixtures.seed004());
            id = session.reportId();
            imported = session.original();
        }
        try (Database store = Database.open(db, Clock.systemUTC())) {
            ParsedReportRepository kept = new ParsedReportRepository(store);
            assertThat(kept.load(id, stamp)).as("kept at import").isPresent();
            kept.save(id, stamp, new Report(imported.file(), imported.sourceFormat(), "某某机关", imported.year(),
                    imported.template(), imported.tables(), imported.sections(), imported.narrative(),
                    imported.formatMarkers(), imported.text()));
        }
        try (ReviewService service = service(db)) {
            assertThat(service.openStored(id).original().organ()).as("the kept parse is what opens").isEqualTo("某某机关");
        }
        try (Database store = Database.open(db, Clock.systemUTC())) {
            new ParsedReportRepository(store).save(id, "an older build", imported);
        }
        try (ReviewService service = service(db)) {
            assertThat(service.openStored(id).original().organ()).as("read again from the source")
                    .isEqualTo(imported.organ());
        }
        try (Database store = Database.open(db, Clock.systemUTC())) {
            assertThat(new ParsedReportRepository(store).load(id, stamp)).as("kept again for this build")
                    .hasValueSatisfying(r -> assertThat(r.organ()).isEqualTo(imported.organ()));
        }
    }

    private static ReviewService service(Path db) {
        return ReviewService.open(db, "张三", new ReviewFixtures.TickingClock());
    }
}
