package nianbao.extract;

import nianbao.read.ReadFailure;
import nianbao.read.ReadLimits;
import nianbao.read.ReportReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random mutations of corpus documents of every input kind (bit flips, truncations, spliced bytes) read
 * through the one {@link ReportReader}: each is either read and checked, or refused as bad input with a message in
 * both languages — never an internal error, never out of memory, never over its CPU-time budget. The budget is CPU
 * time of the document's own work, so a busy machine cannot fail the test; the nightly profile runs 5000 mutations.
 */
class FuzzTest {
    private static final int MUTATIONS = Integer.getInteger("nianbao.fuzz.mutations",
            Boolean.getBoolean("nianbao.nightly") ? 5000 : 2500);
    private static final long SEED = Long.getLong("nianbao.fuzz.seed", 20261123L);
    /** Far more than any real report needs (a 100-page PDF takes about 3 s), far less than a hang. */
    private static final double CPU_SECONDS = 10;

    @Test
    void mutatedDocumentsNeverCrashOrHang() throws Exception {
        List<byte[]> originals = corpusSamples();
        Random random = new Random(SEED);
        ReportReader reader = new ReportReader(ReadLimits.DEFAULT.withCpuSeconds(CPU_SECONDS));
        Map<ReadFailure.Kind, Integer> failures = new EnumMap<>(ReadFailure.Kind.class);
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] mutated = Mutations.mutate(original, originals, random);
            try {
                reader.read("fuzz-" + i, mutated);
            } catch (ReadFailure e) {
                assertThat(e.chinese()).isNotBlank();
                assertThat(e.english()).isNotBlank();
                failures.merge(e.kind(), 1, Integer::sum);
                assertThat(e.kind()).as("mutation %d (seed %d): %s", i, SEED, e.describe())
                        .isIn(ReadFailure.Kind.BAD_INPUT, ReadFailure.Kind.NOT_A_REPORT);
            }
        }
        System.out.printf("fuzz: %d mutations (seed %d), %s refused as bad input%n", MUTATIONS, SEED,
                failures.getOrDefault(ReadFailure.Kind.BAD_INPUT, 0));
        assertThat(failures.getOrDefault(ReadFailure.Kind.BAD_INPUT, 0))
                .as("some mutations must be recognised as bad input").isPositive();
    }

    /** One document of each kind per report, weighted towards the cheap text formats. */
    private static List<byte[]> corpusSamples() throws IOException {
        List<byte[]> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("generated"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".docx")
                        || name.endsWith(".md") || name.endsWith(".pdf") && name.startsWith("s")) {
                    samples.add(Files.readAllBytes(p));
                }
            }
        }
        try (Stream<Path> files = Files.list(Corpus.dir().resolve("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                samples.add(Files.readAllBytes(p));
            }
        }
        try (var doc = FuzzTest.class.getResourceAsStream("/nianbao/fixtures/danxia-hrss-2021.doc")) {
            samples.add(doc.readAllBytes()); // the one .doc
        }
        return samples;
    }
}
