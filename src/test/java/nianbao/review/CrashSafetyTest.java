package nianbao.review;

import nianbao.model.Correction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process that is busy correcting cells ({@link CrashWorker}) with SIGKILL at a random moment, then checks
 * that every correction it had acknowledged is in the event log and the database is intact. Runs 5 times, or 50
 * with {@code -Dnianbao.nightly=true}.
 */
class CrashSafetyTest {
    private static final Pattern ACK = Pattern.compile("ACK (\\w+)\\.([\\w.]+)\\.(\\w+)=(\\d+) (\\d+)");

    @TempDir
    Path dir;

    /** One acknowledged correction: cell keys, value and the event's seq. */
    record Ack(String table, String row, String column, String value, long seq) {
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyAcknowledgedCorrectionSurvivesKill9() throws Exception {
        int runs = Boolean.getBoolean("nianbao.nightly") ? 50 : 5;
        long seed = Long.getLong("nianbao.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int run = 0; run < runs; run++) {
            Path db = dir.resolve("crash-" + run + ".db");
            int acksBeforeKill = 1 + random.nextInt(40);
            List<Ack> acks = runAndKill(db, acksBeforeKill, random.nextLong(), random.nextInt(25), run);
            String context = "run " + run + " (-Dnianbao.crash.seed=" + seed + "), killed after " + acks.size()
                    + " ACKs";
            assertThat(acks).as(context).hasSize(acksBeforeKill);
            assertThat(integrityCheck(db)).as(context).isEqualTo("ok");
            for (Ack ack : acks) {
                assertThat(storedCorrection(db, ack.seq())).as(context).isEqualTo(ack);
            }
            assertReopens(db, acks, context);
        }
    }

    private List<Ack> runAndKill(Path db, int acksBeforeKill, long workerSeed, int extraMillis, int run)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = dir.resolve("worker-" + run + ".err");
        Process worker = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), db.toString(), ReviewFixtures.seed004().toAbsolutePath().toString(),
                Long.toString(workerSeed))
                .redirectError(stderr.toFile())
                .start();
        List<Ack> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acks.size() < acksBeforeKill && (line = out.readLine()) != null) {
                Matcher m = ACK.matcher(line);
                if (m.matches()) {
                    acks.add(new Ack(m.group(1), m.group(2), m.group(3), m.group(4), Long.parseLong(m.group(5))));
                }
            }
            // a few more milliseconds, so the kill lands anywhere in the next write, not only between writes
            Thread.sleep(extraMillis);
        } finally {
            worker.destroyForcibly();
            worker.waitFor(30, TimeUnit.SECONDS);
        }
        if (acks.size() < acksBeforeKill) {
            throw new AssertionError("worker stopped after " + acks.size() + " ACKs: " + Files.readString(stderr));
        }
        return acks;
    }

    private static String integrityCheck(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Ack storedCorrection(Path db, long seq) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("SELECT table_key, row_key, column_key, new_raw, seq "
                     + "FROM events WHERE type = 'correct' AND seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Ack(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)) : null;
            }
        }
    }

    /** The killed database opens without a warning and replays to a history holding every acknowledged correction. */
    private static void assertReopens(Path db, List<Ack> acks, String context) throws Exception {
        try (ReviewService service = ReviewService.open(db, "checker", Clock.systemUTC())) {
            assertThat(service.startupWarning()).as(context).isEmpty();
            ReviewSession session = service.openStored(service.library().get(0).id());
            List<Long> ids = session.history().stream().map(Correction::id).toList();
            assertThat(ids).as(context).containsAll(acks.stream().map(Ack::seq).toList());
        }
    }
}
