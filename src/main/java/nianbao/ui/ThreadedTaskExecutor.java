package nianbao.ui;

import javafx.application.Platform;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The app's {@link TaskExecutor}: each lane is one daemon thread, started when first used; a task's outcome and its
 * progress reach the window on the JavaFX thread.
 */
final class ThreadedTaskExecutor implements TaskExecutor {
    /** How long interrupted work may take to stop before the store is closed under it. */
    private static final long STOP_WAIT_SECONDS = 5;

    private final Map<Lane, ExecutorService> lanes = new EnumMap<>(Lane.class);
    private final Consumer<Runnable> windowThread;

    ThreadedTaskExecutor() {
        this(ThreadedTaskExecutor::onFxThread);
    }

    /** With {@code windowThread} as the way to the window's thread (tests of the executor itself). */
    ThreadedTaskExecutor(Consumer<Runnable> windowThread) {
        this.windowThread = windowThread;
    }

    @Override
    public <B extends BackgroundTask<?>> B execute(Lane lane, B task) {
        task.submitted(windowThread);
        lane(lane).execute(task::runHere);
        return task;
    }

    @Override
    public synchronized Executor lane(Lane lane) {
        return lanes.computeIfAbsent(lane, ThreadedTaskExecutor::start);
    }

    @Override
    public boolean shutdown(Duration wait) {
        Map<Lane, ExecutorService> running;
        synchronized (this) {
            running = new EnumMap<>(lanes);
        }
        running.values().forEach(ExecutorService::shutdown);
        boolean saved = true;
        try {
            ExecutorService edits = running.remove(Lane.EDITS);
            if (edits != null) {
                saved = edits.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
            }
            running.values().forEach(ExecutorService::shutdownNow);
            for (ExecutorService other : running.values()) {
                other.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            saved = false;
        }
        return saved;
    }

    private static ExecutorService start(Lane lane) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "nianbao-" + lane.name().toLowerCase(java.util.Locale.ROOT));
            t.setDaemon(true);
            if (lane == Lane.IDLE) {
                t.setPriority(Thread.MIN_PRIORITY);
            }
            return t;
        });
    }

    private static void onFxThread(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }
}
