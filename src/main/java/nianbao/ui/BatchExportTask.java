package nianbao.ui;

import nianbao.export.ExportFormat;
import nianbao.export.Exporter;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Exports several reports of the library into one folder in one format, in the background, one after another. */
final class BatchExportTask extends BackgroundTask<JobSummary> {
    private final Supplier<ReviewService> service;
    private final List<LibraryEntry> entries;
    private final ExportFormat format;
    private final Path folder;
    private final boolean overwrite;

    /** With {@code overwrite} false, reports whose file already exists are skipped. */
    BatchExportTask(Supplier<ReviewService> service, List<LibraryEntry> entries, ExportFormat format, Path folder,
                    boolean overwrite) {
        this.service = service;
        this.entries = List.copyOf(entries);
        this.format = format;
        this.folder = folder;
        this.overwrite = overwrite;
        updateMessage(I18n.t("library.exporting", 0, this.entries.size()));
    }

    @Override
    protected JobSummary call() {
        JobSummary summary = new JobSummary();
        ReviewService ready = service.get();
        Exporter exporter = new Exporter();
        for (int i = 0; i < entries.size() && !isCancelled(); i++) {
            LibraryEntry entry = entries.get(i);
            Path target = ExportTargets.target(folder, entry, format);
            updateMessage(I18n.t("library.exporting", i + 1, entries.size()));
            updateProgress(i, entries.size());
            if (!overwrite && Files.exists(target)) {
                summary.skipped();
                continue;
            }
            try {
                exporter.export(ready.reviewed(ready.openStored(entry.id())), format, target);
                summary.succeeded();
            } catch (Exception e) {
                summary.failed(target.getFileName().toString(), Reasons.of(e));
            }
        }
        updateProgress(entries.size(), entries.size());
        return summary;
    }
}
