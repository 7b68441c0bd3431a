package nianbao.export;

import nianbao.model.Finding;
import nianbao.model.ReviewedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A failed export leaves neither the target nor a temporary file, and an existing target stays as it was. */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }

    @Test
    void whatAKilledExportLeftBehindIsRemovedByTheNextExportOfThatFile() throws Exception {
        Path target = dir.resolve("report.pdf");
        Path abandoned = Files.writeString(dir.resolve(".report.pdf.k3j2h1.part"), "half");
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path running = Files.writeString(dir.resolve(".report.pdf.a1b2c3.part"), "another window, now");
        Path other = Files.writeString(dir.resolve(".other.pdf.zz.part"), "another file's");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(abandoned));
        AtomicFile.write(target, out -> out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(abandoned).doesNotExist();
        assertThat(running).exists();
        assertThat(other).exists();
        assertThat(target).hasContent("x");
    }

    @Test
    void writesTheWholeContent() throws Exception {
        Path target = dir.resolve("a.txt");
        AtomicFile.write(target, out -> out.write("完整".getBytes(StandardCharsets.UTF_8)));
        assertThat(target).hasContent("完整");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void failureHalfWayLeavesNothing() throws Exception {
        Path target = dir.resolve("a.pdf");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full (injected)");
        })).isInstanceOf(ExportException.class)
                .satisfies(e -> assertThat(((ExportException) e).chinese()).contains("无法写入导出文件"))
                .satisfies(e -> assertThat(((ExportException) e).english()).contains("disk full (injected)"));
        assertThat(files()).isEmpty();
    }

    @Test
    void failureKeepsTheExistingTargetUnchanged() throws Exception {
        Path target = dir.resolve("a.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("new but half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("bug (injected)");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).hasContent("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFolderInTheWayFailsAtTheMoveAndLeavesNoTemporaryFile() throws Exception {
        Path target = Files.createDirectory(dir.resolve("report.json"));
        Files.writeString(target.resolve("inside.txt"), "keep");
        ReviewedReport reviewed = ExportFixtures.reviewed();
        for (ExportFormat format : ExportFormat.values()) {
            assertThatThrownBy(() -> new Exporter().export(reviewed, format, target))
                    .as(format.id()).isInstanceOf(ExportException.class);
        }
        assertThat(files()).containsExactly(target);
        assertThat(target.resolve("inside.txt")).hasContent("keep");
    }

    @Test
    void aMissingFolderIsAnExportException() {
        Path target = dir.resolve("missing").resolve("a.xlsx");
        assertThatThrownBy(() -> new Exporter().export(ExportFixtures.reviewed(), ExportFormat.XLSX, target))
                .isInstanceOf(ExportException.class);
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aReadOnlyFolderIsAnExportException() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root: permissions are not enforced");
            assertThatThrownBy(() -> new Exporter().export(ExportFixtures.reviewed(), ExportFormat.PDF,
                    folder.resolve("a.pdf"))).isInstanceOf(ExportException.class);
            try (Stream<Path> list = Files.list(folder)) {
                assertThat(list).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aWriterThatFailsMidWayLeavesNothing() throws Exception {
        ReviewedReport good = ExportFixtures.reviewed();
        List<Finding> broken = new ArrayList<>(good.findings());
        broken.add(new Finding("value.broken", null, "active", "rules", "issued", "注入的错误", List.of()));
        ReviewedReport bad = new ReviewedReport(good.fileName(), good.sourceHash(), good.original(), good.current(),
                broken, good.resolutions(), good.corrections(), good.history(), good.status(), good.examiner(),
                good.exportedAt());
        for (ExportFormat format : List.of(ExportFormat.PDF, ExportFormat.XLSX)) {
            Path target = dir.resolve("broken" + format.extension());
            assertThatThrownBy(() -> new Exporter().export(bad, format, target)).as(format.id())
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(files()).isEmpty();
    }
}
