package nianbao.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one document's work may spend: CPU time used by the thread doing it (so a busy machine, JVM start-up and
 * other documents do not count), and a far longer wall-clock ceiling against true hangs; it can also be cancelled
 * from another thread. Readers and the parser call {@link #checkpoint()} in their long loops; when the budget is
 * spent, the work stops there with {@link WorkBudget.Exceeded}, so abandoned work never runs on.
 *
 * <p>{@code Exceeded} is an {@link Error}, as {@code ThreadDeath} was: the readers' and the libraries' own
 * {@code catch (RuntimeException)} and {@code catch (Exception)} (a damaged file) must not take it for a failure of
 * the document and go on.
 */
public final class WorkBudget {
    /** Why work was stopped. */
    public enum Reason { CPU_TIME, WALL_CLOCK, CANCELLED }

    /** The work was stopped at a checkpoint; it leaves nothing behind. */
    public static final class Exceeded extends Error {
        private final Reason reason;

        Exceeded(Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_CLOCK = THREADS.isCurrentThreadCpuTimeSupported();
    private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();
    /** Reading the CPU clock costs about half a microsecond, so only every this many checkpoints read it. */
    private static final int CLOCK_EVERY = 64;

    private final long cpuNanos;
    private final long wallNanos;
    private volatile boolean cancelled;
    private long cpuStart;
    private long wallStart;
    private int calls;

    /** A budget of this many seconds of CPU time and this many seconds of wall-clock time. */
    public WorkBudget(double cpuSeconds, double wallSeconds) {
        this.cpuNanos = (long) (cpuSeconds * 1e9);
        this.wallNanos = (long) (wallSeconds * 1e9);
    }

    /**
     * Runs the work on this thread under this budget; the clocks start now. Checkpoints inside it throw
     * {@link Exceeded} once the budget is spent or cancelled.
     */
    public <T, E extends Exception> T run(Work<T, E> work) throws E {
        WorkBudget outer = CURRENT.get();
        CURRENT.set(this);
        cpuStart = cpuTime();
        wallStart = System.nanoTime();
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Work that may fail with a checked exception of one kind. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    /** Asks the work to stop at its next checkpoint (from any thread). */
    public void cancel() {
        cancelled = true;
    }

    /** Stops the current thread's work if its budget is spent or it was cancelled; free outside of any budget. */
    public static void checkpoint() {
        WorkBudget budget = CURRENT.get();
        if (budget != null) {
            budget.check();
        }
    }


    private void check() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            throw new Exceeded(Reason.CANCELLED);
        }
        if (++calls % CLOCK_EVERY != 0) {
            return;
        }
        if (System.nanoTime() - wallStart > wallNanos) {
            throw new Exceeded(Reason.WALL_CLOCK);
        }
        if (cpuTime() - cpuStart > cpuNanos) {
            throw new Exceeded(Reason.CPU_TIME);
        }
    }

    private static long cpuTime() {
        return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
