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
        if (files.size() <= 1) {
            return new ArrayList<>(files.stream().map(read).toList());
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers(), files.size()), r -> {
            Thread t = new Thread(r, "nianbao-check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> pending = new ArrayList<>(files.size());
            for (String file : files) {
                pending.add(pool.submit(() -> read.apply(file)));
            }
            List<T> out = new ArrayList<>(files.size());
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
            pool.shutdownNow();
        }
    }
}
