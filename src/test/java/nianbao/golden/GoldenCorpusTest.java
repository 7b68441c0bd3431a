package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.cli.CliRun;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus document in scope ({@link Corpus#EXTENSIONS}) through {@code check --json}, compared with its
 * expected JSON by {@link GoldenComparison}.
 */
class GoldenCorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A Word 97–2003 copy of a generated report, made with LibreOffice and committed (the corpus has no .doc). */
    private static final String DOC_FIXTURE = "/nianbao/fixtures/danxia-hrss-2021.doc";

    static Stream<Named<Path>> documents() {
        return Corpus.documents().stream().map(p -> Named.of(Corpus.label(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void matchesItsExpectedJson(Path document) throws IOException {
        compare(document, Corpus.expectedFor(document), Corpus.label(document));
    }

    @org.junit.jupiter.api.Test
    void wordDocFixtureMatchesTheExpectedJsonOfItsReport() throws Exception {
        Path doc = Path.of(GoldenCorpusTest.class.getResource(DOC_FIXTURE).toURI());
        compare(doc, Corpus.root().resolve("generated/danxia-hrss-2021.expected.json"), "fixture danxia-hrss-2021.doc");
    }

    private static void compare(Path document, Path expectedFile, String label) throws IOException {
        JsonNode expected = MAPPER.readTree(expectedFile.toFile());

        CliRun run = CliRun.run("check", "--json", document.toString());

        run.assertNoStackTrace();
        JsonNode actual = run.singleJson();
        List<String> differences = GoldenComparison.differences(expected, actual);
        assertThat(differences)
                .withFailMessage(() -> label + " differs from its expected JSON in "
                        + differences.size() + " place(s):\n  " + String.join("\n  ", differences))
                .isEmpty();
    }
}
