package nianbao.read;

import nianbao.model.WorkBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** The one reader's limits: CPU time not wall clock, work given up on really stops, sizes counted as read. */
class ReportReaderTest {
    @TempDir
    Path dir;

    @Test
    void aBudgetCountsTheCpuTimeOfTheWorkNotTheWallClock() throws Exception {
        WorkBudget budget = new WorkBudget(0.2, 60);
        // half a second asleep (as on a machine busy with other work) costs no CPU time
        String done = budget.run(() -> {
            for (int i = 0; i < 50; i++) {
                Thread.sleep(10);
                for (int k = 0; k < 64; k++) {
                    WorkBudget.checkpoint();
                }
            }
            return "done";
        });
        assertThat(done).isEqualTo("done");
        WorkBudget busy = new WorkBudget(0.2, 60);
        assertThatThrownBy(() -> busy.run(() -> {
            while (true) {
                WorkBudget.checkpoint();
            }
        })).isInstanceOfSatisfying(WorkBudget.Exceeded.class,
                e -> assertThat(e.reason()).isEqualTo(WorkBudget.Reason.CPU_TIME));
    }

    @Test
    void checkpointsOutsideABudgetCostNothingAndNeverStop() {
        for (int i = 0; i < 1_000; i++) {
            WorkBudget.checkpoint();
        }
    }

    @Test
    void aDocumentOverItsBudgetIsRefusedAndItsWorkStops() throws Exception {
        byte[] large = largeText();
        ReportReader reader = new ReportReader(ReadLimits.DEFAULT.withCpuSeconds(0.02));
        assertThatThrownBy(() -> reader.read("large.txt", large))
                .isInstanceOfSatisfying(ReadFailure.class, e -> {
                    assertThat(e.kind()).isEqualTo(ReadFailure.Kind.OVER_BUDGET);
                    assertThat(e.chinese()).contains("CPU");
                    assertThat(e.english()).contains("CPU time");
                });
        assertThat(readerThreadsIdleWithin(5)).as("the abandoned work stops at its next checkpoint").isTrue();
        assertThat(new ReportReader().read("large.txt", large).report().organ()).isNotBlank();
    }

    @Test
    void aCancelledReadStopsAndSaysSo() throws Exception {
        byte[] large = largeText();
        ReportReader reader = new ReportReader();
        Thread caller = Thread.currentThread();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            caller.interrupt();
        });
        canceller.start();
        try {
            reader.read("large.txt", large);
            // a fast machine may finish first; then there was nothing to cancel
        } catch (ReadFailure e) {
            assertThat(e.kind()).isEqualTo(ReadFailure.Kind.CANCELLED);
            assertThat(Thread.interrupted()).as("the caller's interrupt is kept").isTrue();
        } finally {
            canceller.join();
            Thread.interrupted();
        }
        assertThat(readerThreadsIdleWithin(5)).isTrue();
    }

    @Test
    void theSizeLimitAppliesToTheBytesRead() throws Exception {
        Path file = dir.resolve("report.txt");
        Files.write(file, new byte[4096]);
        ReportReader small = new ReportReader(new ReadLimits(1024, 30, 600));
        assertThatThrownBy(() -> small.read(file)).isInstanceOfSatisfying(ReadFailure.class, e -> {
            assertThat(e.kind()).isEqualTo(ReadFailure.Kind.BAD_INPUT);
            assertThat(e.english()).contains("too large");
        });
        assertThatThrownBy(() -> small.read("bytes", new byte[2048])).hasMessageContaining("too large");
    }

    @Test
    void devicesAndPipesAreRefusedAtOnceInsteadOfReadForever() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeThat(Files.exists(zero)).isTrue();
        ReportReader reader = new ReportReader();
        assertThatThrownBy(() -> reader.read(zero)).isInstanceOfSatisfying(ReadFailure.class, e -> {
            assertThat(e.kind()).isEqualTo(ReadFailure.Kind.BAD_INPUT);
            assertThat(e.english()).contains("not a regular file");
        });
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
        assertThatThrownBy(() -> reader.read(fifo)).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> reader.read(dir)).hasMessageContaining("a folder, not a file");
    }

    /** A genuine report (seed 004) followed by a great deal of narrative: a few hundred milliseconds of work. */
    private static byte[] largeText() throws Exception {
        String seed = Files.readString(nianbao.golden.Corpus.seed("004"), StandardCharsets.UTF_8);
        String filler = "本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例。\n".repeat(40_000);
        return (seed + filler).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether, within the given seconds, no reader thread is running any more (idle ones wait for work). */
    private static boolean readerThreadsIdleWithin(int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            boolean running = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("nianbao-reader-"))
                    .anyMatch(t -> t.getState() == Thread.State.RUNNABLE);
            if (!running) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }
}
