package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.extract.Extractors;
import nianbao.extract.SourceDocument;
import nianbao.model.Report;
import nianbao.parse.ReportParser;

import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Counts, per input kind (file extension) and per perturbation of {@link NoSilentWrongValueTest}, how the corpus
 * documents' expected cells read back: exact (and of those, how many the sums inferred or the parser still flagged
 * uncertain, the false alarms), wrong but flagged, and wrong without a warning. A measuring tool for the closing notes
 * of parser work; the assertions are in the tests.
 *
 * <p>Usage (after {@code ./mvnw test-compile}): {@code java -cp target/test-classes:target/classes:CP
 * nianbao.golden.CorpusCensus [VARIANTS]}
 */
public final class CorpusCensus {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CorpusCensus() {
    }

    /** Counts of one input kind under one perturbation. */
    private static final class Tally {
        int documents;
        int cells;
        int exact;
        int inferred;
        int falseAlarms;
        int flaggedWrong;
        int silentWrong;

        void add(JsonNode expected, Report report) {
            documents++;
            NoSilentWrongValueTest.forEachExpectedCell(expected, report, (name, want, got) -> {
                cells++;
                if (got != null && NoSilentWrongValueTest.same(want, got)) {
                    exact++;
                    inferred += got.inferred() ? 1 : 0;
                    falseAlarms += got.uncertain() ? 1 : 0;
                } else if (got == null || got.uncertain() || got.isText()) {
                    flaggedWrong++;
                } else {
                    silentWrong++;
                }
            });
        }

        String row(String kind, String perturbation) {
            return String.format("| %s | %s | %d | %d | %.2f%% | %d | %d | %d | %d |", kind, perturbation, documents,
                    cells, cells == 0 ? 0 : 100.0 * exact / cells, inferred, falseAlarms, flaggedWrong, silentWrong);
        }
    }

    public static void main(String[] args) throws Exception {
        int variants = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Map<String, Tally> tallies = new TreeMap<>();
        for (Path document : Corpus.documents()) {
            String name = document.getFileName().toString();
            String kind = name.substring(name.lastIndexOf('.') + 1);
            JsonNode expected = MAPPER.readTree(Corpus.expectedFor(document).toFile()).path("tables");
            SourceDocument doc = Extractors.read(document);
            tallies.computeIfAbsent(kind + "\t(as published)", k -> new Tally())
                    .add(expected, new ReportParser().parse(doc, name));
            for (NoSilentWrongValueTest.Perturbation p : NoSilentWrongValueTest.Perturbation.values()) {
                int n = p == NoSilentWrongValueTest.Perturbation.NO_BOUNDARIES_ANYWHERE ? 1 : variants;
                for (int v = 0; v < n; v++) {
                    SourceDocument perturbed = NoSilentWrongValueTest.perturb(doc, p,
                            new Random(Corpus.label(document).hashCode() * 31L + p.ordinal() * 1000L + v));
                    if (perturbed == null) {
                        break;
                    }
                    tallies.computeIfAbsent(kind + "\t" + p, k -> new Tally())
                            .add(expected, new ReportParser().parse(perturbed, name));
                }
            }
        }
        System.out.println("| input | perturbation | documents | cells | exact | of them inferred | of them flagged"
                + " (false alarm) | wrong, flagged | wrong, silent |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        tallies.forEach((key, tally) -> System.out.println(tally.row(key.split("\t")[0], key.split("\t")[1])));
    }
}
