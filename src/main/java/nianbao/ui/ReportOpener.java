package nianbao.ui;

import nianbao.review.ReviewService;
import nianbao.review.SampleReport;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens the review store and then reports, one at a time in the executor's {@link TaskExecutor.Lane#OPEN} lane, so
 * the window never waits; a newer open cancels the one still running (the examiner has moved on). Results reach the
 * window on its thread.
 */
final class ReportOpener implements AutoCloseable {
    static final String SAMPLE_NAME = SampleReport.NAME;

    /** Receives an opened report and the file it came from (null for the sample). */
    interface Opened {
        void show(ReportViewModel model, Path file);
    }

    private final TaskExecutor executor;
    private final CompletableFuture<ReviewService> service;
    private final Opened opened;
    private final BiConsumer<String, Throwable> failed;
    private final Consumer<EditNotSavedException> editFailed;
    private final StatusLine status;
    private OpenReportTask running;
    /** The name of the report being opened, null when none is (the window shows a loading state meanwhile). */
    private final javafx.beans.property.ReadOnlyStringWrapper loading = new javafx.beans.property.ReadOnlyStringWrapper();

    ReportOpener(TaskExecutor executor, Callable<ReviewService> serviceFactory, Opened opened,
                 BiConsumer<String, Throwable> failed, Consumer<EditNotSavedException> editFailed,
                 StatusLine status) {
        this.executor = executor;
        this.opened = opened;
        this.failed = failed;
        this.editFailed = editFailed;
        this.status = status;
        this.service = CompletableFuture.supplyAsync(() -> {
            try {
                ReviewService ready = serviceFactory.call();
                StartupTiming.step("review store opened");
                return ready;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, executor.lane(TaskExecutor.Lane.OPEN));
    }

    /** Opens a file; {@code onSuccess} runs (on the JavaFX thread) once it is shown. */
    OpenReportTask open(Path file, Runnable onSuccess) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return submit(new OpenReportTask(service, s -> s.open(file), name), file, onSuccess);
    }

    /** Opens a report of the library from its stored bytes. */
    OpenReportTask openStored(long reportId, String name) {
        return submit(new OpenReportTask(service, s -> s.openStored(reportId), name), null, () -> { });
    }

    OpenReportTask openSample() {
        return submit(new OpenReportTask(service, s -> s.open(SAMPLE_NAME, SampleReport.bytes()), SAMPLE_NAME), null,
                () -> { });
    }

    /** Hands the store's startup warning (a damaged database set aside) to {@code show}, on the window's thread. */
    void warnings(Consumer<String> show) {
        executor.execute(TaskExecutor.Lane.OPEN, BackgroundTask.of("", () -> service.join().startupWarning())
                .onSucceeded(warning -> warning.ifPresent(show)));
    }

    void setExaminer(String name) {
        executor.lane(TaskExecutor.Lane.OPEN).execute(() -> service.thenAccept(s -> s.setExaminer(name)));
    }

    /** The review service, waiting for it to open. */
    ReviewService service() {
        return service.join();
    }

    /** Stops the open that is running, if any. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Closes the store; call once the executor's lanes have finished. */
    @Override
    public void close() {
        if (service.isDone() && !service.isCompletedExceptionally()) {
            service.join().close();
        }
    }

    /** The name of the report being opened, null when none is. */
    javafx.beans.property.ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    private OpenReportTask submit(OpenReportTask task, Path file, Runnable onSuccess) {
        cancel();
        running = task;
        loading.set(task.name());
        task.onSucceeded(session -> {
            try {
                opened.show(new ReportViewModel(session, executor, editFailed), file);
                onSuccess.run();
            } catch (RuntimeException ex) {
                failed.accept(task.name(), ex);
            }
        });
        task.onFailed(e -> failed.accept(task.name(), unwrap(e)));
        task.onFinished(outcome -> {
            if (running == task) {
                running = null;
                loading.set(null);
            }
        });
        status.track(task, this::cancel);
        return executor.execute(TaskExecutor.Lane.OPEN, task);
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }
}
