package nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads many files in one process with one worker per core (cli.md), and hands back the results in the order the
 * files were given, whatever order they finish in.
 */
final class ParallelReader {
    private ParallelReader() {
    }

    static int workers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The results, in the order of {@code files}, in a list the caller may change. */
    static <T> List<T> readAll(List<String> files, Function<String, T> read) {
        return start(files, read).results();
    }

    /**
     * Starts reading the files, one worker per core, and returns at once: the calling thread may do its own work
     * (the output's set-up) while they are read, then collect the results.
     */
    static <T> Reading<T> start(List<String> files, Function<String, T> read) {
        if (files.size() <= 1) {
            // one file: read on this thread, no pool
            return new Reading<>(null, files.stream()
                    .<Future<T>>map(f -> java.util.concurrent.CompletableFuture.completedFuture(read.apply(f))).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers(), files.size()), r -> {
            Thread t = new Thread(r, "nianbao-check");
            t.setDaemon(true);
            return t;
        });
        List<Future<T>> pending = new ArrayList<>(files.size());
        for (String file : files) {
            pending.add(pool.submit(() -> read.apply(file)));
        }
        return new Reading<>(pool, pending);
    }

    /** Files being read; {@link #results()} waits for them all. */
    static final class Reading<T> {
        private final ExecutorService pool;
        private final List<Future<T>> pending;

        Reading(ExecutorService pool, List<Future<T>> pending) {
            this.pool = pool;
            this.pending = pending;
        }

        /** The results, in the order the files were given, in a list the caller may change. */
        List<T> results() {
            try {
                List<T> out = new ArrayList<>(pending.size());
                for (Future<T> future : pending) {
                    out.add(future.get());
                }
                return out;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            } catch (ExecutionException e) {
                // the reader turns every failure of a file into that file's result; anything else is a bug
                throw new IllegalStateException(e.getCause());
            } finally {
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
    }
}
