package nianbao.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An action of the examiner's that the store refused: what it was (in the UI language), why, and the log file that
 * keeps it, so what the examiner entered is never lost without trace.
 */
final class EditNotSavedException extends RuntimeException {
    private final String what;
    private final Optional<Path> log;
    private volatile boolean told;

    EditNotSavedException(String what, Throwable cause, Optional<Path> log) {
        super("not saved: " + what, cause);
        this.what = what;
        this.log = log;
    }

    /** Records the refused action in the error log and returns it. */
    static EditNotSavedException logged(String what, Throwable cause) {
        return new EditNotSavedException(what, cause, nianbao.review.ErrorLog.record("not saved: " + what, cause));
    }

    /** The action, e.g. 将 规章 · 本年废止件数 更正为 0. */
    String what() {
        return what;
    }

    /** Whether the examiner has been shown this (a dialog at the time, or the list on quitting). */
    boolean told() {
        return told;
    }

    void markTold() {
        told = true;
    }

    /** The log file the action was written to, if it could be written. */
    Optional<Path> log() {
        return log;
    }
}
