package nianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The window through a season, measured (a benchmark, not a test): a folder is imported from the library window
 * while an animation timer records every frame the JavaFX thread draws, and a sampler the heap in use; then reports
 * are opened from the library one after another, a moment apart, each timed from the request to the end of the
 * first frame that shows it.
 * Prints the import rate, the longest gap between frames and how many exceeded 100 ms, the peak heap, and the
 * opening times. Run by {@code scripts/bench-season.sh} (headless, Monocle) with the folder and a fresh database.
 *
 * <p>Usage: {@code SeasonWindowBench FOLDER DATABASE [OPENS]}
 */
public final class SeasonWindowBench {
    private static final long PAUSE_MILLIS = 1500;

    private SeasonWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int opens = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Files.deleteIfExists(db);
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Path settingsFile = Files.createTempFile("nianbao-bench", ".properties");
        MainWindow[] window = new MainWindow[1];
        onFx(() -> {
            Platform.setImplicitExit(false);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window[0] = new MainWindow(new Stage(), Settings.load(settingsFile),
                    () -> ReviewService.open(db, "基准", Clock.systemUTC()));
            window[0].show(null);
            return null;
        });
        waitUntil(() -> window[0].modelProperty().get() != null);

        long libraryRequested = System.nanoTime();
        CompletableFuture<Long> libraryShown = afterNextFrame(() -> window[0].library().show());
        System.out.printf(Locale.ROOT, "library window opened (first time) in %.0f ms%n",
                (libraryShown.get(60, TimeUnit.SECONDS) - libraryRequested) / 1e6);
        Thread.sleep(PAUSE_MILLIS);

        Frames frames = new Frames();
        HeapSampler heap = new HeapSampler();
        onFx(() -> {
            frames.start();
            return null;
        });
        heap.start();
        long start = System.nanoTime();
        FolderImportTask task = onFx(() -> window[0].library().importFolder(folder));
        BackgroundTask.Outcome outcome = task.finished().get(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        onFx(() -> {
            frames.stop();
            return null;
        });
        heap.stopSampling();
        long files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).count();
        }
        List<LibraryEntry> library = onFx(() -> window[0].service().library());
        System.out.printf(Locale.ROOT, "import (%s): %d files, %d reports in the library, in %.1f s = %.1f files/s%n",
                outcome, files, library.size(), seconds, files / seconds);
        System.out.printf(Locale.ROOT, "frames during import: %d, gap median %.0f ms, p99 %.0f ms, longest %.0f ms,"
                + " %d gaps over 100 ms%n", frames.count(), frames.gap(0.5), frames.gap(0.99), frames.gap(1.0),
                frames.over(100));
        if (frames.over(100) > 0) {
            System.out.println("gaps over 100 ms:" + frames.longGaps(100));
        }
        System.out.printf(Locale.ROOT, "heap in use: peak %d MB (max heap %d MB)%n", heap.peak() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);

        double[] millis = openEach(window[0], library, opens);
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "open from the library (%d reports, request to first frame showing it):"
                        + " median %.0f ms, p90 %.0f ms, longest %.0f ms%n", millis.length,
                millis[millis.length / 2], millis[(int) (millis.length * 0.9)], millis[millis.length - 1]);
        Platform.exit();
        System.exit(0);
    }

    /** Opens reports of the library in turn (the same way a double-click does) and times each to its first frame. */
    private static double[] openEach(MainWindow window, List<LibraryEntry> library, int count) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> modelSet = new ArrayList<>();
        List<Map.Entry<Double, String>> slowest = new ArrayList<>();
        for (int i = 0; i < Math.min(count, library.size()); i++) {
            LibraryEntry entry = library.get(i * library.size() / Math.min(count, library.size()));
            long requested = System.nanoTime();
            CompletableFuture<Long> shown = new CompletableFuture<>();
            onFx(() -> {
                javafx.beans.value.ChangeListener<ReportViewModel> listener = new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends ReportViewModel> o,
                                        ReportViewModel before, ReportViewModel now) {
                        if (now != null && now.session().reportId() == entry.id()) {
                            window.modelProperty().removeListener(this);
                            modelSet.add((System.nanoTime() - requested) / 1e6);
                            afterNextFrameNow(shown);
                        }
                    }
                };
                window.modelProperty().addListener(listener);
                window.openStored(entry.id());
                return null;
            });
            times.add((shown.get(60, TimeUnit.SECONDS) - requested) / 1e6);
            slowest.add(Map.entry(times.get(times.size() - 1), entry.fileName()));
            Thread.sleep(PAUSE_MILLIS); // the examiner looks at the report: its pages render meanwhile
        }
        double[] read = modelSet.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  of which read, checked and handed to the window: median %.0f ms, longest %.0f ms%n",
                read[read.length / 2], read[read.length - 1]);
        System.out.println("  in the order opened: " + times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t))
                .toList());
        slowest.sort(Map.Entry.<Double, String>comparingByKey().reversed());
        System.out.println("  slowest: " + slowest.subList(0, Math.min(4, slowest.size())).stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f ms", e.getValue(), e.getKey())).toList());
        return times.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Runs the work on the JavaFX thread; completes at the end of the first frame drawn after it. */
    private static CompletableFuture<Long> afterNextFrame(Runnable work) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        onFx(() -> {
            work.run();
            afterNextFrameNow(shown);
            return null;
        });
        return shown;
    }

    /** Completes {@code shown} at the start of the second pulse from now: the first lays out and draws. */
    private static void afterNextFrameNow(CompletableFuture<Long> shown) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    shown.complete(System.nanoTime());
                }
            }
        }.start();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onFx(condition::get)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get ready");
            }
            Thread.sleep(20);
        }
    }

    /** Every frame's time, from an animation timer (which also keeps the pulses coming). */
    private static final class Frames extends AnimationTimer {
        private final List<Long> times = new ArrayList<>();

        @Override
        public void handle(long now) {
            times.add(System.nanoTime());
        }

        int count() {
            return times.size();
        }

        double gap(double quantile) {
            double[] gaps = gaps();
            Arrays.sort(gaps);
            return gaps.length == 0 ? 0 : gaps[Math.min(gaps.length - 1, (int) Math.floor(quantile * gaps.length))];
        }

        /** Where the gaps over {@code millis} ended, in ms from the first frame, with their length. */
        String longGaps(double millis) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < times.size(); i++) {
                double gap = (times.get(i) - times.get(i - 1)) / 1e6;
                if (gap > millis) {
                    out.append(String.format(Locale.ROOT, " %.0f ms at %.1f s;", gap,
                            (times.get(i) - times.get(0)) / 1e9));
                }
            }
            return out.toString();
        }

        int over(double millis) {
            return (int) Arrays.stream(gaps()).filter(g -> g > millis).count();
        }

        private double[] gaps() {
            double[] gaps = new double[Math.max(0, times.size() - 1)];
            for (int i = 1; i < times.size(); i++) {
                gaps[i - 1] = (times.get(i) - times.get(i - 1)) / 1e6;
            }
            return gaps;
        }
    }

    /** The heap in use, read every 50 ms on a thread of its own. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long peak() {
            return peak.get();
        }
    }
}
