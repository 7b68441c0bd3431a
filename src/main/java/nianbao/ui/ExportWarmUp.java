package nianbao.ui;

import nianbao.export.ExportFormat;
import nianbao.export.Exporter;
import nianbao.model.ReviewedReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Exports the first report shown, once, to throwaway files on a low-priority background thread a few seconds after
 * start-up, so the examiner's own first export does not pay for loading PDFBox, POI and the CJK font (about 1.5 s
 * in a fresh JVM, 0.2–0.4 s afterwards).
 */
final class ExportWarmUp {
    private static final long DELAY_MILLIS = 3000;
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private ExportWarmUp() {
    }

    /** Starts the warm-up with this report, unless one has already run in this JVM. */
    static void startOnce(ReviewedReport reviewed, TaskExecutor executor) {
        if (DONE.compareAndSet(false, true)) {
            executor.lane(TaskExecutor.Lane.IDLE).execute(() -> run(reviewed));
        }
    }

    private static void run(ReviewedReport reviewed) {
        Path dir = null;
        try {
            Thread.sleep(DELAY_MILLIS);
            dir = Files.createTempDirectory("nianbao-warmup");
            Exporter exporter = new Exporter();
            for (ExportFormat format : ExportFormat.values()) {
                exporter.export(reviewed, format, dir.resolve("warmup" + format.extension()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | LinkageError e) {
            // a failed warm-up costs only speed; the examiner's own export reports its errors
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
