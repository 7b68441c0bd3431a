package nianbao.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window's background work: lanes in order and apart from each other, outcomes on the window's thread, cancel
 * before and during a task, and a shutdown that saves the edits given and stops the rest. (The window's thread is
 * here a single-thread queue standing in for the JavaFX thread.)
 */
class ThreadedTaskExecutorTest {
    private final java.util.concurrent.ExecutorService windowThread =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> new Thread(r, "window"));
    private final ThreadedTaskExecutor executor = new ThreadedTaskExecutor(windowThread::execute);

    @AfterEach
    void stop() {
        executor.shutdown(Duration.ofSeconds(5));
        windowThread.shutdownNow();
    }

    private static <T> BackgroundTask.Outcome outcome(BackgroundTask<T> task) throws Exception {
        return task.finished().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aLaneRunsItsTasksInOrderOnItsOwnThreadAndHandsResultsToTheWindowThread() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        List<String> handled = new CopyOnWriteArrayList<>();
        BackgroundTask<String> last = null;
        for (int i = 0; i < 20; i++) {
            String name = "edit " + i;
            last = executor.execute(TaskExecutor.Lane.EDITS, BackgroundTask.of(name, () -> {
                ran.add(name + "@" + Thread.currentThread().getName());
                return name;
            }).onSucceeded(value -> handled.add(value + "@" + Thread.currentThread().getName())));
        }
        assertThat(outcome(last)).isEqualTo(BackgroundTask.Outcome.SUCCEEDED);
        assertThat(ran).hasSize(20).allMatch(s -> s.endsWith("@nianbao-edits"));
        assertThat(ran.get(0)).startsWith("edit 0@");
        assertThat(ran.get(19)).startsWith("edit 19@");
        assertThat(handled).hasSize(20).allMatch(s -> s.endsWith("@window"));
        assertThat(handled).isEqualTo(ran.stream().map(s -> s.replace("@nianbao-edits", "@window")).toList());
    }

    @Test
    void aLongOpenDoesNotHoldUpAnEdit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundTask<Void> open = executor.execute(TaskExecutor.Lane.OPEN, BackgroundTask.of("open", () -> {
            release.await();
            return null;
        }));
        BackgroundTask<String> edit = executor.execute(TaskExecutor.Lane.EDITS, BackgroundTask.of("edit", () -> "saved"));
        assertThat(outcome(edit)).isEqualTo(BackgroundTask.Outcome.SUCCEEDED);
        assertThat(open.finished()).isNotDone();
        release.countDown();
        assertThat(outcome(open)).isEqualTo(BackgroundTask.Outcome.SUCCEEDED);
    }

    @Test
    void aFailureReachesTheFailureHandlerOnly() throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicBoolean succeeded = new AtomicBoolean();
        BackgroundTask<Object> task = executor.execute(TaskExecutor.Lane.JOBS, BackgroundTask.of("bad", () -> {
            throw new IllegalStateException("broken");
        }).onFailed(failed::set).onSucceeded(v -> succeeded.set(true)));
        assertThat(outcome(task)).isEqualTo(BackgroundTask.Outcome.FAILED);
        assertThat(failed.get()).isInstanceOf(IllegalStateException.class).hasMessage("broken");
        assertThat(succeeded).isFalse();
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        executor.execute(TaskExecutor.Lane.OPEN, BackgroundTask.of("first", () -> release.await(10, TimeUnit.SECONDS)));
        AtomicBoolean ran = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask<Void> queued = executor.execute(TaskExecutor.Lane.OPEN, BackgroundTask.<Void>of("second", () -> {
            ran.set(true);
            return null;
        }).onCancelled(() -> cancelled.set(true)));
        queued.cancel();
        release.countDown();
        assertThat(outcome(queued)).isEqualTo(BackgroundTask.Outcome.CANCELLED);
        assertThat(ran).isFalse();
        assertThat(cancelled).isTrue();
    }

    @Test
    void aRunningTaskIsInterruptedByCancelAndTheInterruptDoesNotReachTheNextTask() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        BackgroundTask<Void> running = executor.execute(TaskExecutor.Lane.OPEN, BackgroundTask.<Void>of("long", () -> {
            started.countDown();
            new CountDownLatch(1).await(); // only an interrupt ends this
            return null;
        }).onSucceeded(v -> succeeded.set(true)));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        running.cancel();
        assertThat(outcome(running)).isEqualTo(BackgroundTask.Outcome.CANCELLED);
        assertThat(succeeded).isFalse();

        running.cancel(); // a late second cancel, after the task ended
        AtomicReference<Boolean> interrupted = new AtomicReference<>();
        BackgroundTask<Boolean> check = executor.execute(TaskExecutor.Lane.OPEN,
                BackgroundTask.of("check", () -> Thread.currentThread().isInterrupted()).onSucceeded(interrupted::set));
        outcome(check);
        assertThat(interrupted.get()).isFalse();
    }

    @Test
    void progressAndMessagesReachTheWindowThreadTheLatestLast() throws Exception {
        AtomicReference<String> shownOn = new AtomicReference<>();
        BackgroundTask<Void> task = new BackgroundTask<>() {
            @Override
            protected Void call() {
                for (int i = 1; i <= 500; i++) {
                    updateMessage("file " + i);
                    updateProgress(i, 500);
                }
                return null;
            }
        };
        task.messageProperty().addListener((obs, old, now) -> shownOn.set(Thread.currentThread().getName()));
        executor.execute(TaskExecutor.Lane.JOBS, task);
        outcome(task);
        windowThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
        assertThat(task.messageProperty().get()).isEqualTo("file 500");
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
        assertThat(shownOn.get()).isEqualTo("window");
    }

    @Test
    void aTaskRunsOnce() {
        BackgroundTask<String> task = BackgroundTask.of("once", () -> "x");
        executor.execute(TaskExecutor.Lane.JOBS, task);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> executor.execute(TaskExecutor.Lane.JOBS, task))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shutdownSavesEveryEditGivenAndStopsTheOtherLanes() throws Exception {
        List<Integer> saved = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            executor.execute(TaskExecutor.Lane.EDITS, BackgroundTask.of("edit", () -> {
                Thread.sleep(50);
                saved.add(n);
                return null;
            }));
        }
        CountDownLatch openStarted = new CountDownLatch(1);
        AtomicBoolean openInterrupted = new AtomicBoolean();
        executor.lane(TaskExecutor.Lane.OPEN).execute(() -> {
            openStarted.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                openInterrupted.set(true);
            }
        });
        assertThat(openStarted.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(executor.shutdown(Duration.ofSeconds(30))).isTrue();
        assertThat(saved).containsExactly(0, 1, 2, 3, 4);
        assertThat(openInterrupted).isTrue();
    }
}
