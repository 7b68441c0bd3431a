package nianbao.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One piece of the window's background work. {@link #call()} runs where a {@link TaskExecutor} puts it (off the
 * JavaFX thread in the app, on the calling thread in tests); its title, message and progress can be shown while it
 * runs; afterwards exactly one of its success, failure or cancellation handlers runs, then its finish handlers, all
 * where the window's state may be touched (the JavaFX thread in the app).
 * <p>
 * A task is run once. {@link #cancel()} stops it: a task that has not started never starts, and a running one is
 * interrupted (the report reader gives up with "cancelled" when its thread is interrupted).
 */
abstract class BackgroundTask<T> {
    /** What a task came to. */
    enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final AtomicReference<String> pendingMessage = new AtomicReference<>();
    private final AtomicReference<Double> pendingProgress = new AtomicReference<>();
    private Consumer<? super T> onSucceeded = value -> { };
    private Consumer<Throwable> onFailed = failure -> { };
    private Runnable onCancelled = () -> { };
    private final List<Consumer<Outcome>> onFinished = new ArrayList<>();
    private final CompletableFuture<Outcome> finished = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Consumer<Runnable> window = Runnable::run;
    private Thread runner;
    private boolean started;

    /** A task that runs {@code work} under {@code title}. */
    static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        BackgroundTask<T> task = new BackgroundTask<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.title.set(title);
        return task;
    }

    /** The work; runs once, off the window's thread. */
    protected abstract T call() throws Exception;

    /**
     * Whether the work, once cancelled, still hands back what it did (a batch's summary of what finished) as a
     * success; by default a cancelled task's result is dropped.
     */
    protected boolean finishesWhenCancelled() {
        return false;
    }

    BackgroundTask<T> onSucceeded(Consumer<? super T> handler) {
        this.onSucceeded = Objects.requireNonNull(handler);
        return this;
    }

    BackgroundTask<T> onFailed(Consumer<Throwable> handler) {
        this.onFailed = Objects.requireNonNull(handler);
        return this;
    }

    BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Adds a handler that runs after the outcome's own handler, whatever the outcome. */
    BackgroundTask<T> onFinished(Consumer<Outcome> handler) {
        onFinished.add(Objects.requireNonNull(handler));
        return this;
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** From 0 to 1, or -1 while the amount of work is not known. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True from when the task is handed to an executor until its handlers have run. */
    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Completes with the outcome once every handler has run. */
    CompletableFuture<Outcome> finished() {
        return finished;
    }

    String title() {
        return title.get();
    }

    /** Stops the task: it will not start, or its thread is interrupted; its cancellation handler runs. */
    void cancel() {
        synchronized (this) {
            cancelled = true;
            if (runner != null) {
                runner.interrupt();
            }
        }
    }

    boolean isCancelled() {
        return cancelled;
    }

    protected void updateTitle(String text) {
        post(() -> title.set(text));
    }

    /** Shows {@code text} while the task runs; from the work's thread, only the latest of quick updates is shown. */
    protected void updateMessage(String text) {
        if (pendingMessage.getAndSet(text == null ? "" : text) == null) {
            post(() -> message.set(pendingMessage.getAndSet(null)));
        }
    }

    protected void updateProgress(double done, double total) {
        double value = total <= 0 || done < 0 ? -1 : Math.min(1, done / total);
        if (pendingProgress.getAndSet(value) == null) {
            post(() -> progress.set(pendingProgress.getAndSet(null)));
        }
    }

    // --- for executors -----------------------------------------------------------------------------------------------

    /**
     * Called by the executor on the window's thread as the task is handed over; {@code window} is how the task
     * reaches that thread from its work.
     */
    final void submitted(Consumer<Runnable> windowThread) {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("a background task runs once: " + title());
            }
            started = true;
        }
        this.window = windowThread;
        running.set(true);
    }

    /** Runs the work on the current thread and hands the outcome to the window's thread. */
    final void runHere() {
        synchronized (this) {
            if (cancelled) {
                finish(Outcome.CANCELLED, null, null);
                return;
            }
            runner = Thread.currentThread();
        }
        T value = null;
        Throwable failure = null;
        try {
            value = call();
        } catch (Throwable e) {
            failure = e;
        } finally {
            synchronized (this) {
                runner = null;
                Thread.interrupted(); // a cancel that came late must not reach the lane's next task
            }
        }
        if (failure instanceof VirtualMachineError fatal && !(failure instanceof OutOfMemoryError)) {
            throw fatal;
        }
        boolean dropped = cancelled && !(finishesWhenCancelled() && failure == null);
        finish(dropped ? Outcome.CANCELLED : failure == null ? Outcome.SUCCEEDED : Outcome.FAILED, value, failure);
    }

    private void finish(Outcome outcome, T value, Throwable failure) {
        post(() -> {
            try {
                switch (outcome) {
                    case SUCCEEDED -> onSucceeded.accept(value);
                    case FAILED -> onFailed.accept(failure);
                    case CANCELLED -> onCancelled.run();
                }
            } finally {
                running.set(false);
                try {
                    onFinished.forEach(handler -> handler.accept(outcome));
                } finally {
                    finished.complete(outcome);
                }
            }
        });
    }

    private void post(Runnable change) {
        window.accept(change);
    }
}
