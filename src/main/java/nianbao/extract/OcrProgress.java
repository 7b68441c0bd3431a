package nianbao.extract;

/**
 * Tells whoever waits for a document how its OCR goes: before each page image is recognised, the page's ordinal among
 * those to be recognised and how many there are (0 when not known ahead, as for the pictures of a Word file). A window
 * shows it as a progress bar; the command line does not listen. The listener belongs to the thread reading the
 * document ({@link #reporting}); a reader that hands the work to another thread carries it over.
 */
public final class OcrProgress {
    /** Hears of each page image as its recognition starts. */
    public interface Listener {
        void recognising(int page, int pages);
    }

    /** Work that is told of OCR progress while it runs. */
    public interface Work<T, E extends Exception> {
        T call() throws E;
    }

    private static final ThreadLocal<Listener> CURRENT = new ThreadLocal<>();

    private OcrProgress() {
    }

    /** The listener of this thread's work, or null. */
    public static Listener current() {
        return CURRENT.get();
    }

    /** Runs the work on this thread with {@code listener} told of its OCR (null: nobody). */
    public static <T, E extends Exception> T reporting(Listener listener, Work<T, E> work) throws E {
        Listener outer = CURRENT.get();
        CURRENT.set(listener);
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

    /** Called by the readers before each page image is recognised. */
    static void recognising(int page, int pages) {
        Listener listener = CURRENT.get();
        if (listener != null) {
            listener.recognising(page, pages);
        }
    }
}
