package nianbao.cli;

import nianbao.read.InputFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile files and folders in an import: each bad one becomes its own error line and every other file is still
 * imported (before, one heap-exhausting file ended the whole import with a stack trace, and one unreadable
 * sub-folder imported nothing).
 */
class ImportFaultTest {
    @TempDir
    Path dir;

    @Test
    void aHeapExhaustingFileFailsAloneAndTheRestIsImported() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        writeHugeTable(folder.resolve("a-one-huge-table.html"));
        writeGridSpanDocx(folder.resolve("b-gridspan.docx"));
        Files.copy(nianbao.golden.Corpus.seed("004"), folder.resolve("c-report.txt"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-cp", System.getProperty("java.class.path"), "nianbao.Launcher",
                "import", "--db", dir.resolve("nianbao.db").toString(), folder.toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            command.add("/dev/zero");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("a hang guard").isTrue();
        assertThat(out).doesNotContain("Exception in thread").doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(");
        assertThat(out).containsPattern("(?m)^error\\t.*a-one-huge-table\\.html\\t\\S");
        assertThat(out).containsPattern("(?m)^\\d+\\t.*c-report\\.txt$");
        assertThat(out).containsPattern("(?m)^(\\d+|error|skipped)\\t.*b-gridspan\\.docx"); // no report in it: skipped
        if (command.contains("/dev/zero")) {
            assertThat(out).containsPattern("(?m)^error\\t/dev/zero\\t.*not a regular file");
        }
        assertThat(process.exitValue()).as(out).isEqualTo(ProcessedReport.UNREADABLE);
    }

    @Test
    void anUnreadableFolderIsSkippedAndReportedAndTheRestIsImported() throws Exception {
        Path root = Files.createDirectories(dir.resolve("season"));
        Path locked = Files.createDirectories(root.resolve("a-locked"));
        Files.copy(nianbao.golden.Corpus.seed("004"), locked.resolve("hidden-report.txt"));
        Path open = Files.createDirectories(root.resolve("b-open"));
        Files.copy(nianbao.golden.Corpus.seed("004"), open.resolve("report.txt"));
        InputFiles input = InputFiles.of(List.of(root), folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            try (var entries = Files.list(folder)) {
                return entries.toList();
            }
        });
        assertThat(input.files()).containsExactly(open.resolve("report.txt"));
        assertThat(input.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo(locked);
            assertThat(s.reason()).contains("没有权限").contains("permission denied");
        });
    }

    @Test
    void aFolderWithoutReadPermissionIsSkippedByTheImport() throws Exception {
        Path root = Files.createDirectories(dir.resolve("season"));
        Path locked = Files.createDirectories(root.resolve("a-locked"));
        Files.copy(nianbao.golden.Corpus.seed("004"), locked.resolve("report.txt"));
        Files.copy(nianbao.golden.Corpus.seed("001"), root.resolve("b-report.txt"));
        try {
            Files.setPosixFilePermissions(locked, java.util.Set.of());
            boolean enforced;
            try (var entries = Files.list(locked)) {
                enforced = false; // the super-user reads any folder: the Lister test above covers that machine
            } catch (AccessDeniedException e) {
                enforced = true;
            }
            CliRun run = CliRun.run("import", "--db", dir.resolve("nianbao.db").toString(), root.toString());
            assertThat(run.out()).containsPattern("(?m)^\\d+\\t.*b-report\\.txt$");
            if (enforced) {
                assertThat(run.out()).containsPattern("(?m)^error\\t.*a-locked\\t.*permission denied");
                assertThat(run.status()).isEqualTo(ProcessedReport.UNREADABLE);
            }
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** A web page that is one table of a million rows, some 30 MB. */
    private static void writeHugeTable(Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("<html><body><table>".getBytes(StandardCharsets.UTF_8));
            byte[] row = "<tr><td>行</td><td>1</td><td>2</td></tr>\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(row);
            }
            out.write("</table></body></html>".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A small Word document whose table cells each claim to span two billion grid columns. */
    private static void writeGridSpanDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("某县人民政府2023年政府信息公开工作年度报告");
            XWPFTable table = doc.createTable(20, 3);
            for (var row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(2_000_000_000L));
                    cell.setText("1");
                }
            }
            doc.write(out);
        }
    }

    @Test
    void aDatabaseBusyInAnotherWindowIsCalledBusyAndNothingIsLost() throws Exception {
        Path db = dir.resolve("nianbao.db");
        assertThat(CliRun.run("import", "--db", db.toString(), nianbao.golden.Corpus.seed("004").toString())
                .status()).isZero();
        try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            CliRun run = CliRun.run("import", "--db", db.toString(), nianbao.golden.Corpus.seed("001").toString());
            run.assertNoStackTrace();
            assertThat(run.out() + run.err()).contains("另一个窗口").contains("busy in another window")
                    .doesNotContain("内部错误").doesNotContain("StoreException");
            assertThat(run.status()).isEqualTo(ProcessedReport.UNREADABLE);
            st.execute("ROLLBACK");
        }
        CliRun again = CliRun.run("import", "--db", db.toString(), nianbao.golden.Corpus.seed("001").toString());
        assertThat(again.status()).isZero();
        assertThat(again.out()).containsPattern("(?m)^2\\t");
    }
}
