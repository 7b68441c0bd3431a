package nianbao.ui;

import javafx.stage.Window;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * File ▸ Export… for the report shown: asks for format and target, asks before replacing a file, writes it in the
 * background and tells the outcome in the status line (or, on failure, in a dialog).
 */
final class ReportExport {
    private final Window owner;
    private final Supplier<ReviewService> service;
    private final StatusLine status;
    private final TaskExecutor executor;
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    ReportExport(Window owner, Supplier<ReviewService> service, StatusLine status, TaskExecutor executor) {
        this.owner = owner;
        this.service = service;
        this.status = status;
        this.executor = executor;
    }

    /** Shows the export dialog for the report and exports it as asked. */
    void chooseAndExport(ReportViewModel model) {
        LibraryEntry entry = entry(model);
        Path suggested = lastFolder.resolve(ExportTargets.fileName(entry, nianbao.export.ExportFormat.PDF));
        String name = (entry.organ() == null ? entry.fileName() : entry.organ())
                + (entry.year() == null ? "" : " " + entry.year());
        new ExportDialog(owner, I18n.t("export.header.one", name), suggested, false)
                .showAndWait().ifPresent(request -> export(model, request));
    }

    /** Exports the report as requested, after asking when the target exists; returns the task, or null when not run. */
    ExportTask export(ReportViewModel model, ExportDialog.Request request) {
        Path target = request.target().toAbsolutePath().normalize();
        if (Files.exists(target) && !Dialogs.confirmOverwrite(owner, target)) {
            status.setText(I18n.t("status.exportCancelled"));
            return null;
        }
        if (target.getParent() != null) {
            lastFolder = target.getParent();
        }
        ReviewedReport reviewed = service.get().reviewed(model.session());
        ExportTask task = new ExportTask(reviewed, request.format(), target);
        task.onFailed(e -> Dialogs.exportFailed(owner, target, e));
        status.track(task, () -> I18n.t("status.exported", target), () -> I18n.t("status.exportFailed", target));
        return executor.execute(TaskExecutor.Lane.JOBS, task);
    }

    /** The report as the library would list it, for its export file name. */
    static LibraryEntry entry(ReportViewModel model) {
        Report r = model.session().original();
        return LibraryEntry.brief(model.session().reportId(), r.file(), r.organ(), r.year(),
                model.statusProperty().get());
    }
}
