package nianbao.store;

import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Provenance;
import nianbao.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static nianbao.store.StoreFixtures.CLOCK;
import static nianbao.store.StoreFixtures.T0;
import static nianbao.store.StoreFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Parsed cells come back exactly as stored: text, kind, exact number, span, box and uncertainty. */
class CellRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void cellsRoundTripWithTheirProvenance() {
        List<Cell> cells = List.of(
                Cell.number(new CellRef("active", "rules", "repealed"), "-1", new BigDecimal("-1"),
                        new Provenance(new Span(10, 12), new Box(3, 72.5, 410.25, 12, 9.5))),
                Cell.number(new CellRef("active", "fees", "amount"), "96.6252", new BigDecimal("96.6252"),
                        Provenance.of(new Span(40, 47))).withUncertainty("列位置不确定"),
                Cell.blank(new CellRef("requests", "granted", "research"), "/", Provenance.of(new Span(50, 51))),
                Cell.text(new CellRef("requests", "granted", "total"), "见附件", null));
        try (Database db = Database.open(dir.resolve("nianbao.db"), CLOCK)) {
            long id = new ReportRepository(db).insert(report("a.txt"), "hash-a", ReportSummary.alone(0, 0), T0).id();
            CellRepository repository = new CellRepository(db);
            repository.saveAll(id, cells);
            assertThat(repository.load(id)).containsExactlyElementsOf(cells);
            assertThat(repository.load(id + 1)).isEmpty();
        }
    }
}
