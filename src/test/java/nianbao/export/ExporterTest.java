package nianbao.export;

import nianbao.model.ReviewedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade exports every format of seed 004 quickly and reads the command-line format ids. */
class ExporterTest {
    @TempDir
    Path dir;

    @Test
    void parsesTheCommandLineIds() {
        assertThat(ExportFormat.parse("pdf")).isEqualTo(ExportFormat.PDF);
        assertThat(ExportFormat.parse(" XLSX ")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.parse("json")).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.parse("csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.CSV.extension()).isEqualTo(".csv");
        assertThatThrownBy(() -> ExportFormat.parse("docx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pdf|xlsx|json|csv");
    }

    @Test
    void exportsEveryFormatAndReportsItsTimes() throws Exception {
        ReviewedReport reviewed = ExportFixtures.reviewed();
        Exporter exporter = new Exporter();
        StringBuilder times = new StringBuilder("export times of seed 004 (first run, then warm):");
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("report" + format.extension());
            long cold = time(() -> exporter.export(reviewed, format, target));
            long warm = time(() -> exporter.export(reviewed, format, target));
            times.append(String.format(Locale.ROOT, " %s %d ms / %d ms (%,d bytes);", format.id(), cold, warm,
                    Files.size(target)));
        }
        System.out.println(times);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(4);
        }
    }

    private interface Export {
        void run() throws Exception;
    }

    private static long time(Export export) throws Exception {
        long start = System.nanoTime();
        export.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
