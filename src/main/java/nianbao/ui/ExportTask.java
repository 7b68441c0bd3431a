package nianbao.ui;

import nianbao.export.ExportFormat;
import nianbao.export.Exporter;
import nianbao.model.ReviewedReport;

import java.nio.file.Path;

/** Writes one reviewed report (taken on the JavaFX thread) in one format, in the background; its value is the path. */
final class ExportTask extends BackgroundTask<Path> {
    private final ReviewedReport reviewed;
    private final ExportFormat format;
    private final Path target;

    ExportTask(ReviewedReport reviewed, ExportFormat format, Path target) {
        this.reviewed = reviewed;
        this.format = format;
        this.target = target;
        updateTitle(target.getFileName().toString());
        updateMessage(I18n.t("status.exporting", target.getFileName()));
    }

    @Override
    protected Path call() throws Exception {
        updateProgress(-1, 1);
        new Exporter().export(reviewed, format, target);
        return target;
    }
}
