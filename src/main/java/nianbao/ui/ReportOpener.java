package nianbao.ui;

import javafx.application.Platform;
import nianbao.review.ReviewService;
import nianbao.review.SampleReport;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens the review store and then reports, one at a time on a single background thread, so the window never waits;
 * results reach the window on the JavaFX thread.
 */
final class ReportOpener implements AutoCloseable {
    static final String SAMPLE_NAME = SampleReport.NAME;

    /** Receives an opened report and the file it came from (null for the sample). */
    interface Opened {
        void show(ReportViewModel model, Path file);
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nianbao-open");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<ReviewService> service;
    private final Opened opened;
    private final BiConsumer<String, Throwable> failed;
    private final StatusLine status;

    ReportOpener(Callable<ReviewService> serviceFactory, Opened opened, BiConsumer<String, Throwable> failed,
                 StatusLine status) {
        this.opened = opened;
        this.failed = failed;
        this.status = status;
        this.service = CompletableFuture.supplyAsync(() -> {
            try {
                ReviewService ready = serviceFactory.call();
                StartupTiming.step("review store opened");
                return ready;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, worker);
    }

    /** Opens a file; {@code onSuccess} runs (on the JavaFX thread) once it is shown. */
    void open(Path file, Runnable onSuccess) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        submit(new OpenReportTask(service, s -> s.open(file), name), file, onSuccess);
    }

    /** Opens a report of the library from its stored bytes. */
    void openStored(long reportId, String name) {
        submit(new OpenReportTask(service, s -> s.openStored(reportId), name), null, () -> { });
    }

    void openSample() {
        submit(new OpenReportTask(service, s -> s.open(SAMPLE_NAME, SampleReport.bytes()), SAMPLE_NAME), null, () -> { });
    }

    /** Hands the store's startup warning (a damaged database set aside) to {@code show}, on the JavaFX thread. */
    void warnings(Consumer<String> show) {
        service.thenAccept(s -> s.startupWarning().ifPresent(w -> Platform.runLater(() -> show.accept(w))));
    }

    void setExaminer(String name) {
        worker.execute(() -> service.thenAccept(s -> s.setExaminer(name)));
    }

    /** The review service, waiting for it to open. */
    ReviewService service() {
        return service.join();
    }

    /** Lets a running open finish, then closes the store. */
    @Override
    public void close() {
        worker.execute(() -> {
            if (service.isDone() && !service.isCompletedExceptionally()) {
                service.join().close();
            }
        });
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(OpenReportTask task, Path file, Runnable onSuccess) {
        task.setOnSucceeded(e -> {
            try {
                opened.show(new ReportViewModel(task.getValue()), file);
                onSuccess.run();
            } catch (RuntimeException ex) {
                failed.accept(task.name(), ex);
            }
        });
        task.setOnFailed(e -> failed.accept(task.name(), unwrap(task.getException())));
        status.track(task);
        worker.execute(task);
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

}
