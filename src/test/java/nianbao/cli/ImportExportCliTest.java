package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.golden.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} then {@code export} of every corpus document from the command line, and a bad file in a folder. */
class ImportExportCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void everyCorpusDocumentImportsAndExportsInEveryFormat(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("review.db");
        List<Path> documents = Corpus.documents();
        List<String> args = new ArrayList<>(List.of("import", "--db", db.toString()));
        documents.forEach(d -> args.add(d.toString()));

        CliRun imported = CliRun.run(args.toArray(String[]::new));

        imported.assertNoStackTrace();
        assertThat(imported.status()).as(imported.err()).isZero();
        List<String> lines = imported.out().lines().toList();
        assertThat(lines).hasSize(documents.size()).allSatisfy(l -> assertThat(l).matches("\\d+\t.+"));
        for (String line : lines) {
            String id = line.substring(0, line.indexOf('\t'));
            String document = line.substring(line.indexOf('\t') + 1);
            for (String format : List.of("pdf", "xlsx", "json", "csv")) {
                Path out = dir.resolve(id + "." + format);
                CliRun exported = CliRun.run("export", "--db", db.toString(), "--report", id, "--format", format,
                        "--out", out.toString());
                exported.assertNoStackTrace();
                assertThat(exported.status()).as(document + " → " + format + ": " + exported.err()).isZero();
                assertThat(Files.size(out)).as(document + " → " + format).isPositive();
            }
            JsonNode json = MAPPER.readTree(dir.resolve(id + ".json").toFile());
            assertThat(json.get("tables").get("requests").size()).as(document).isPositive();
        }
    }

    @Test
    void aBadFileInAFolderIsReportedAndSkippedWhileTheRestAreImported(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Files.copy(Corpus.seed("004"), folder.resolve("anyang.txt"));
        Files.copy(Corpus.root().resolve("generated/sangyu-water-2022.pdf"), folder.resolve("sangyu.pdf"));
        Files.write(folder.resolve("empty.docx"), new byte[0]);
        Path db = dir.resolve("review.db");

        CliRun run = CliRun.run("import", "--db", db.toString(), folder.toString());

        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out().lines().filter(l -> l.matches("\\d+\t.+"))).hasSize(2);
        assertThat(run.out()).contains("error\t" + folder.resolve("empty.docx")).contains("文件为空");
    }

    @Test
    void exportNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("review.db");
        CliRun imported = CliRun.run("import", "--db", db.toString(), Corpus.seed("004").toString());
        String id = imported.out().substring(0, imported.out().indexOf('\t'));
        Path out = Files.writeString(dir.resolve("existing.json"), "keep me");

        CliRun refused = CliRun.run("export", "--db", db.toString(), "--report", id, "--format", "json",
                "--out", out.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("keep me");

        CliRun forced = CliRun.run("export", "--db", db.toString(), "--report", id, "--format", "json",
                "--out", out.toString(), "--force");
        assertThat(forced.status()).isZero();
        assertThat(Files.readString(out)).contains("安阳县人民政府");
    }

    @Test
    void exportOfAnUnknownReportIsAClearError(@TempDir Path dir) {
        CliRun.run("import", "--db", dir.resolve("review.db").toString(), Corpus.seed("004_").toString());
        CliRun run = CliRun.run("export", "--db", dir.resolve("review.db").toString(), "--report", "42",
                "--format", "csv", "--out", dir.resolve("x.csv").toString());
        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("42");
    }

    @Test
    void exportFromADatabaseThatDoesNotExistSaysSoAndCreatesNothing(@TempDir Path dir) {
        Path db = dir.resolve("missing.db");
        CliRun run = CliRun.run("export", "--db", db.toString(), "--report", "1", "--format", "csv",
                "--out", dir.resolve("x.csv").toString());
        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("审查库不存在").contains("no review database");
        assertThat(db).doesNotExist();
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void exportWithForceNeverReplacesALinkOrADevice(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("review.db");
        CliRun.run("import", "--db", db.toString(), Corpus.seed("004_").toString());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), victim);
        CliRun run = CliRun.run("export", "--db", db.toString(), "--report", "1", "--format", "csv",
                "--out", link.toString(), "--force");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("not a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        if (Files.exists(Path.of("/dev/null"))) {
            CliRun device = CliRun.run("export", "--db", db.toString(), "--report", "1", "--format", "csv",
                    "--out", "/dev/null", "--force");
            assertThat(device.status()).isEqualTo(2);
            assertThat(device.err()).contains("not a regular file");
        }
    }

    @Test
    void exportFromADamagedDatabaseSaysItWasDamagedAndWhereItWent(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("review.db");
        CliRun.run("import", "--db", db.toString(), Corpus.seed("004_").toString());
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(db, bytes);
        CliRun run = CliRun.run("export", "--db", db.toString(), "--report", "1", "--format", "csv",
                "--out", dir.resolve("x.csv").toString());
        run.assertNoStackTrace();
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("已损坏").contains("damaged").contains(".corrupt-");
    }
}
