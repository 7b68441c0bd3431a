package nianbao.cli;

import nianbao.model.BadInputException;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one document's work on a daemon thread and gives up after a time limit, so a pathological file can never hang
 * the command (the abandoned thread is interrupted and, being a daemon, never keeps the program alive).
 */
final class TimeLimit {
    private TimeLimit() {
    }

    /** Runs the work; a bad input it reports, and any unchecked failure, are rethrown as they are. */
    static <T> T run(Callable<T> work, int seconds) throws TimeoutException, BadInputException {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nianbao-document");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<T> future = executor.submit(work);
            try {
                return future.get(seconds, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw new TimeoutException("interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                if (cause instanceof BadInputException bad) {
                    throw bad;
                }
                throw new IllegalStateException(cause);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
