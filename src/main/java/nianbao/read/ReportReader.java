package nianbao.read;

import nianbao.check.Checker;
import nianbao.extract.Extractors;
import nianbao.extract.SourceDocument;
import nianbao.model.BadInputException;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.WorkBudget;
import nianbao.parse.ReportParser;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way from a document to a checked report, for the command line, the import and the window alike: reads
 * the file's bytes within the size limit, decides its type by content, extracts, parses and checks it on a worker
 * thread under a {@link WorkBudget} (CPU time of its own work, a wall-clock ceiling), and turns every way this can
 * fail into a {@link ReadFailure} of a kind — never an exception the caller did not ask for. Work given up on stops
 * at its next checkpoint, and what it would have produced is never handed out. Thread-safe.
 */
public final class ReportReader {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "nianbao-reader-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final ReadLimits limits;
    private final ReportParser parser = new ReportParser();
    private final Checker checker = new Checker();

    public ReportReader() {
        this(ReadLimits.DEFAULT);
    }

    public ReportReader(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadLimits limits() {
        return limits;
    }

    /** Reads a file, reported under its file name. */
    public ReadReport read(Path file) throws ReadFailure {
        return read(file, file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** Reads a file, reported under the given name (the command line's, as the examiner typed it). */
    public ReadReport read(Path file, String name) throws ReadFailure {
        return budgeted(() -> {
            byte[] bytes = Extractors.readBytes(file, limits.maxBytes());
            return readNow(name, bytes);
        });
    }

    /** Reads a document held in memory (the bundled sample, a stored source) under the given name. */
    public ReadReport read(String name, byte[] bytes) throws ReadFailure {
        if (bytes.length > limits.maxBytes()) {
            throw ReadFailure.of(Extractors.tooLarge(limits.maxBytes()));
        }
        return budgeted(() -> readNow(name, bytes));
    }

    /**
     * Parses and checks an already extracted document on the calling thread, without a budget: for the benchmark,
     * which times exactly this.
     */
    public ReadReport analyse(String name, SourceDocument doc) throws ReadFailure {
        try {
            return analyseNow(name, doc);
        } catch (BadInputException e) {
            throw ReadFailure.of(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw ReadFailure.internal(e);
        }
    }

    /** The findings of the check of a report, on the calling thread. */
    public List<Finding> check(Report report) {
        return checker.check(report);
    }

    private ReadReport readNow(String name, byte[] bytes) throws BadInputException {
        return analyseNow(name, Extractors.read(bytes));
    }

    private ReadReport analyseNow(String name, SourceDocument doc) throws BadInputException {
        Report report = parser.parse(doc, name);
        return new ReadReport(report, checker.check(report));
    }

    /** Runs the work on a worker thread under the budget and waits for it, at most up to the wall-clock ceiling. */
    private ReadReport budgeted(WorkBudget.Work<ReadReport, BadInputException> work) throws ReadFailure {
        WorkBudget budget = new WorkBudget(limits.cpuSeconds(), limits.wallSeconds());
        nianbao.extract.OcrProgress.Listener progress = nianbao.extract.OcrProgress.current();
        Future<ReadReport> future = WORKERS.submit(() -> nianbao.extract.OcrProgress.reporting(progress,
                () -> budget.run(work)));
        try {
            // a little beyond the ceiling, so the worker's own wall-clock check is what normally stops it
            return future.get((long) (limits.wallSeconds() * 1000) + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(budget, future);
            throw overBudget(WorkBudget.Reason.WALL_CLOCK);
        } catch (InterruptedException | CancellationException e) {
            stop(budget, future);
            Thread.currentThread().interrupt();
            throw overBudget(WorkBudget.Reason.CANCELLED);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
    }

    private static void stop(WorkBudget budget, Future<?> future) {
        budget.cancel();
        future.cancel(true);
    }

    private ReadFailure classify(Throwable cause) {
        if (cause instanceof WorkBudget.Exceeded exceeded) {
            return overBudget(exceeded.reason());
        }
        if (cause instanceof BadInputException bad) {
            return ReadFailure.of(bad);
        }
        if (cause instanceof OutOfMemoryError) {
            return ReadFailure.outOfMemory(cause);
        }
        return ReadFailure.internal(cause);
    }

    private ReadFailure overBudget(WorkBudget.Reason reason) {
        return switch (reason) {
            case CPU_TIME -> new ReadFailure(ReadFailure.Kind.OVER_BUDGET,
                    "处理超时（CPU时间超过" + seconds(limits.cpuSeconds()) + "秒），文件可能过大或已损坏",
                    "took more than " + seconds(limits.cpuSeconds()) + " s of CPU time: the file may be too large"
                            + " or damaged", null);
            case WALL_CLOCK -> new ReadFailure(ReadFailure.Kind.OVER_BUDGET,
                    "处理超时（超过" + seconds(limits.wallSeconds()) + "秒仍未完成），文件可能已损坏",
                    "not done after " + seconds(limits.wallSeconds()) + " s: the file may be damaged", null);
            case CANCELLED -> new ReadFailure(ReadFailure.Kind.CANCELLED, "已取消", "cancelled", null);
        };
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
