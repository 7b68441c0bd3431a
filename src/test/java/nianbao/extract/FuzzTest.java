package nianbao.extract;

import nianbao.check.Checker;
import nianbao.model.BadInputException;
import nianbao.parse.ReportParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of random mutations of corpus documents (bit flips, truncations, spliced bytes) never make reading,
 * parsing or checking throw anything but a bad-input message, and never take longer than 10 s.
 */
class FuzzTest {
    private static final int MUTATIONS = Integer.getInteger("nianbao.fuzz.mutations", 2500);
    private static final long SEED = Long.getLong("nianbao.fuzz.seed", 20261123L);

    @Test
    void mutatedDocumentsNeverCrashOrHang() throws Exception {
        List<byte[]> originals = corpusSamples();
        Random random = new Random(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
        int badInputs = 0;
        try {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] original = originals.get(random.nextInt(originals.size()));
                byte[] mutated = Mutations.mutate(original, originals, random);
                Future<Boolean> run = worker.submit(() -> readParseCheck(mutated));
                try {
                    if (!run.get(10, TimeUnit.SECONDS)) {
                        badInputs++;
                    }
                } catch (TimeoutException e) {
                    run.cancel(true);
                    fail("mutation %d (seed %d) took longer than 10 s", i, SEED);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("mutation " + i + " (seed " + SEED + ") threw " + e.getCause(), e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        assertThat(badInputs).as("some mutations must be recognised as bad input").isPositive();
    }

    /** True when the document was read and checked, false when it was refused as bad input. */
    private static boolean readParseCheck(byte[] bytes) {
        try {
            new Checker().check(new ReportParser().parse(Extractors.read(bytes), "fuzz"));
            return true;
        } catch (BadInputException e) {
            assertThat(e.chinese()).isNotBlank();
            assertThat(e.english()).isNotBlank();
            return false;
        }
    }

    /** One document of each kind per report, weighted towards the cheap text formats. */
    private static List<byte[]> corpusSamples() throws IOException {
        List<byte[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("generated"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".docx")
                        || name.endsWith(".pdf") && name.startsWith("s")) {
                    samples.add(Files.readAllBytes(p));
                }
            }
        }
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(Files.readAllBytes(p));
            }
        }
        return samples;
    }
}
