package nianbao.ui;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Where the window's background work runs. Work goes into a {@link Lane}; each lane does one thing at a time, in the
 * order given, so what depends on order (the edits of a report, the pages of one PDF) stays in order, and a long
 * open never holds up an edit being saved. {@link ThreadedTaskExecutor} gives each lane its own thread and brings
 * outcomes back on the JavaFX thread; tests use an executor that runs everything at once on the calling thread.
 */
interface TaskExecutor {
    /** The kinds of background work, each done in order on its own. */
    enum Lane {
        /** Opening the review store, then reading reports into it. */
        OPEN,
        /** Saving the examiner's edits (corrections, resolutions, status) to the store, in the order made. */
        EDITS,
        /** Exports, imports, reading the library. */
        JOBS,
        /** Rendering the pages of the PDF shown. */
        PAGES,
        /** Work that only makes later work faster (warming up the exporters); runs at the lowest priority. */
        IDLE
    }

    /** Hands the task to its lane and returns it. */
    <B extends BackgroundTask<?>> B execute(Lane lane, B task);

    /** The lane as a plain executor, for work whose outcome is handled by its own means (a CompletableFuture). */
    Executor lane(Lane lane);

    /**
     * Lets the edits given so far be saved, waiting at most {@code wait}; stops the work of every other lane
     * (interrupting what runs) and waits briefly for it to stop. Returns false when edits were left unsaved.
     */
    boolean shutdown(Duration wait);
}
