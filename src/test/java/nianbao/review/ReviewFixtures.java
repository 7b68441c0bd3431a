package nianbao.review;

import nianbao.model.CellRef;
import nianbao.model.FindingKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Seed 004 of the corpus (安阳县 2021, 规章 本年废止件数 printed as -1) and a clock that moves on a second per reading. */
final class ReviewFixtures {
    static final CellRef REPEALED_RULES = new CellRef("active", "rules", "repealed");
    static final FindingKey NEGATIVE_REPEALED = new FindingKey("value.negative", "active", "rules", "repealed");

    private ReviewFixtures() {
    }

    static Path seed004() {
        Path seeds = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus")).resolve("seeds");
        Path seed = seeds.resolve("004_6e817ece59bf6a07.txt");
        if (!Files.isRegularFile(seed)) {
            throw new IllegalStateException("seed 004 not found at " + seed.toAbsolutePath()
                    + " (expected src/test/corpus in the repository, or -Dnianbao.corpus=DIR)");
        }
        return seed;
    }

    /** Starts at 2026-01-15 08:00 UTC and advances one second each time it is read, so every action has its own time. */
    static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-01-15T08:00:00Z");

        @Override
        public synchronized Instant instant() {
            Instant t = now;
            now = now.plusSeconds(1);
            return t;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
