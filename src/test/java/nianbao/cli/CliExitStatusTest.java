package nianbao.cli;

import nianbao.golden.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit status contract of cli.md: 0 clean, 1 an error-severity finding, 2 a file could not be read. */
class CliExitStatusTest {
    @TempDir
    Path dir;

    @Test
    void cleanSeedExitsZero() {
        CliRun run = CliRun.run("check", "--json", Corpus.seed("000_").toString());

        assertThat(run.status()).as("stdout: %s", run.out()).isZero();
    }

    @Test
    void seed004WithANegativeValueExitsOne() {
        CliRun run = CliRun.run("check", "--json", Corpus.seed("004_").toString());

        assertThat(run.status()).as("stdout: %s", run.out()).isEqualTo(1);
    }

    @Test
    void aBadFileAmongGoodOnesExitsTwoAndEveryFileIsReported() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        String seed000 = Corpus.seed("000_").toString();
        String seed004 = Corpus.seed("004_").toString();

        CliRun run = CliRun.run("check", "--json", seed000, empty.toString(), seed004);

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.jsonLines()).extracting(j -> j.path("file").asText())
                .containsExactly(seed000, empty.toString(), seed004);
        assertThat(run.jsonLines().get(1).path("error").asText()).startsWith("文件为空");
    }

    @Test
    void humanSummaryNamesOrganYearAndFindings() {
        CliRun run = CliRun.run("check", Corpus.seed("004_").toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("安阳县人民政府").contains("2021").contains("[错误] value.negative");
    }

    @Test
    void noArgumentsChecksTheBundledSample() {
        CliRun run = CliRun.run();

        run.assertNoStackTrace();
        assertThat(run.out()).contains("anyang-2021.txt").contains("安阳县人民政府");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void aFileWithoutSubCommandIsChecked() {
        CliRun run = CliRun.run(Corpus.seed("000_").toString());

        assertThat(run.out()).contains("彰武县人民政府");
        assertThat(run.status()).isZero();
    }

    @Test
    void languageOptionWorksBeforeAndAfterTheSubCommand() throws IOException {
        String empty = Files.write(dir.resolve("empty.txt"), new byte[0]).toString();

        assertThat(CliRun.run("check", "--lang", "en", empty).out()).contains("Cannot read: ");
        assertThat(CliRun.run("--lang", "en", "check", empty).out()).contains("Cannot read: ");
        assertThat(CliRun.run("check", empty).out()).contains("无法读取：");
    }

    @Test
    void usageErrorsAreShortAndNotZero() {
        CliRun run = CliRun.run("check", "--no-such-option", "x.txt");

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void benchPrintsOneRowPerFile() {
        String seed = Corpus.seed("000_").toString();

        CliRun run = CliRun.run("bench", "--iterations", "3", "--warmup", "1", seed);

        run.assertNoStackTrace();
        assertThat(run.status()).as("stdout: %s", run.out()).isZero();
        assertThat(run.out().lines().filter(l -> l.endsWith(seed))).hasSize(1);
    }

    @Test
    void benchReportsAnUnreadableFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);

        CliRun run = CliRun.run("bench", "--iterations", "1", empty.toString());

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).contains("无法读取 " + empty).contains("文件为空");
    }

    @Test
    void benchRefusesZeroIterations() {
        CliRun run = CliRun.run("bench", "--iterations", "0", "x.txt");

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "check", "import", "export", "list", "bench"})
    void everyCommandTellsItsVersion(String command) {
        CliRun run = command.isEmpty() ? CliRun.run("--version") : CliRun.run(command, "--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Nianbao Review 年报审查 ");
    }
}
