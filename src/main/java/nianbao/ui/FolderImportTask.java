package nianbao.ui;

import nianbao.read.InputFiles;
import nianbao.read.ReadFailure;
import nianbao.review.ReviewService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Imports every file of a folder (sub-folders too, hidden files left out) into the library, one worker per core:
 * new reports are stored, files already in the library are known by their hash, files that are not reports are
 * skipped, the rest fail with their reason. Cancelling stops it; what finished stays, and the summary says so.
 */
final class FolderImportTask extends BackgroundTask<JobSummary> {
    private final Supplier<ReviewService> service;
    private final Path folder;

    FolderImportTask(Supplier<ReviewService> service, Path folder) {
        this.service = service;
        this.folder = folder;
        updateTitle(folder.toString());
        updateMessage(I18n.t("library.importing.start", folder));
    }

    @Override
    protected boolean finishesWhenCancelled() {
        return true;
    }

    @Override
    protected JobSummary call() {
        JobSummary summary = new JobSummary();
        InputFiles input = InputFiles.of(List.of(folder));
        input.skipped().forEach(f -> summary.failed(name(f.path()), f.reason()));
        List<Path> files = input.files();
        ReviewService ready = service.get();
        int workers = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "nianbao-import");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> pending = new ArrayList<>();
        for (Path file : files) {
            pending.add(pool.submit(() -> {
                if (!isCancelled()) {
                    importOne(ready, file, summary);
                    int n = done.incrementAndGet();
                    updateMessage(I18n.t("library.importing", n, files.size(), file.getFileName()));
                    updateProgress(n, files.size());
                }
            }));
        }
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            summary.stopped(); // cancelled: the files being read are given up on, the ones stored stay
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (isCancelled()) {
            summary.stopped();
        }
        return summary;
    }

    private void importOne(ReviewService ready, Path file, JobSummary summary) {
        try {
            if (ready.importFile(file).isNew()) {
                summary.succeeded();
            } else {
                summary.known();
            }
        } catch (ReadFailure e) {
            if (e.kind() == ReadFailure.Kind.NOT_A_REPORT) {
                summary.notAReport(name(file));
            } else if (e.kind() != ReadFailure.Kind.CANCELLED) {
                summary.failed(name(file), Reasons.of(e));
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            summary.failed(name(file), Reasons.of(e));
        }
    }

    private String name(Path file) {
        return file.startsWith(folder) && !file.equals(folder) ? folder.relativize(file).toString() : file.toString();
    }
}
