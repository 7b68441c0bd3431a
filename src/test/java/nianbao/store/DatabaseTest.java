package nianbao.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static nianbao.store.StoreFixtures.CLOCK;
import static nianbao.store.StoreFixtures.T0;
import static nianbao.store.StoreFixtures.report;
import static nianbao.store.StoreFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening the database: schema by migration, durable pragmas, reopening, and damaged files set aside. */
class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migrationsCreateTheSchemaAndSetTheUserVersion() {
        try (Database db = Database.open(dir.resolve("sub/dir/nianbao.db"), CLOCK)) {
            List<String> tables = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                    List<String> names = new java.util.ArrayList<>();
                    while (rs.next()) {
                        names.add(rs.getString(1));
                    }
                    return names;
                }
            });
            assertThat(tables).containsExactly("cells", "events", "narratives", "organ_links", "parsed_reports", "reports",
                    "sources");
            assertThat(single(db, "PRAGMA user_version", Integer.class)).isEqualTo(Migrations.latest()).isEqualTo(4);
            assertThat(db.startupWarning()).isEmpty();
        }
    }

    @Test
    void walFullSyncAndForeignKeysAreOn() {
        try (Database db = Database.open(dir.resolve("nianbao.db"), CLOCK)) {
            assertThat(single(db, "PRAGMA journal_mode", String.class)).isEqualTo("wal");
            assertThat(single(db, "PRAGMA synchronous", Integer.class)).isEqualTo(2);
            assertThat(single(db, "PRAGMA foreign_keys", Integer.class)).isEqualTo(1);
            assertThatThrownBy(() -> new SourceRepository(db).save(42, new byte[]{1}))
                    .isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void reopeningKeepsTheData() {
        Path file = dir.resolve("nianbao.db");
        try (Database db = Database.open(file, CLOCK)) {
            new ReportRepository(db).insert(report("a.txt"), "hash-a", ReportSummary.alone(3, 0), T0);
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertThat(new ReportRepository(db).findByHash("hash-a")).get()
                    .satisfies(r -> assertThat(r.errorCount()).isEqualTo(3));
            assertThat(single(db, "PRAGMA user_version", Integer.class)).isEqualTo(4);
            assertThat(db.startupWarning()).isEmpty();
        }
    }

    @Test
    void aFailedTransactionStoresNothing() {
        try (Database db = Database.open(dir.resolve("nianbao.db"), CLOCK)) {
            ReportRepository reports = new ReportRepository(db);
            assertThatThrownBy(() -> db.transaction(() -> {
                reports.insert(report("a.txt"), "hash-a", ReportSummary.alone(0, 0), T0);
                new SourceRepository(db).save(999, new byte[]{1});
            })).isInstanceOf(StoreException.class);
            assertThat(reports.all()).isEmpty();
        }
    }

    @Test
    void randomBytesAreSetAsideAndAFreshDatabaseWorks() throws IOException {
        Path file = dir.resolve("nianbao.db");
        byte[] junk = new byte[8192];
        new Random(4).nextBytes(junk);
        Files.write(file, junk);
        assertFreshAfterCorruption(file, junk);
    }

    @Test
    void aTruncatedDatabaseIsSetAside() throws IOException {
        Path file = filledDatabase();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }
        assertFreshAfterCorruption(file, Files.readAllBytes(file));
    }

    @Test
    void aDamagedPageIsSetAside() throws IOException {
        Path file = filledDatabase();
        byte[] bytes = Files.readAllBytes(file);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        // page 2 onwards hold the tables' b-trees; garbage there fails quick_check
        System.arraycopy(junk, 0, bytes, 4096, junk.length);
        Files.write(file, bytes);
        assertFreshAfterCorruption(file, bytes);
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedNotSetAside() throws SQLException {
        Path file = dir.resolve("nianbao.db");
        Database.open(file, CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Database.open(file, CLOCK))
                .isInstanceOf(StoreException.class).hasMessageContaining("99");
        assertThat(file).exists();
        assertThat(setAsideFiles()).isEmpty();
    }

    /** A database with a few pages of data, closed (so its WAL is checkpointed into the file). */
    private Path filledDatabase() {
        Path file = dir.resolve("nianbao.db");
        try (Database db = Database.open(file, CLOCK)) {
            ReportRepository reports = new ReportRepository(db);
            for (int i = 0; i < 20; i++) {
                long id = reports.insert(report(i + ".txt"), "hash-" + i, ReportSummary.alone(i, 0), T0).id();
                new SourceRepository(db).save(id, new byte[5000]);
            }
        }
        return file;
    }

    private void assertFreshAfterCorruption(Path file, byte[] damaged) throws IOException {
        try (Database db = Database.open(file, CLOCK)) {
            assertThat(db.startupWarning()).get().asString()
                    .contains("已损坏").contains("damaged").contains("nianbao.db.corrupt-20260115T080000Z");
            assertThat(db.setAsideFile()).get().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
            ReportRepository reports = new ReportRepository(db);
            assertThat(reports.all()).isEmpty();
            reports.insert(report("new.txt"), "hash-new", ReportSummary.alone(0, 0), T0);
            assertThat(reports.findByHash("hash-new")).isPresent();
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertThat(db.startupWarning()).isEmpty();
            assertThat(new ReportRepository(db).all()).hasSize(1);
        }
        assertThat(setAsideFiles()).hasSize(1);
    }

    private List<Path> setAsideFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".corrupt-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
