package nianbao.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The log of the program's own faults, in the user data folder ({@code logs/nianbao-<date>.log}): the examiner sees
 * one line saying what failed and where, and this file, which the line points to, keeps the stack trace for the
 * developers. It also keeps every edit of the examiner's that the store refused, so none is lost without trace.
 * A bad document or a store failure is otherwise told to the examiner in full and not logged.
 */
public final class ErrorLog {
    private ErrorLog() {
    }

    /** Appends the failure with its stack trace; returns the log file, or empty when it could not be written. */
    public static Optional<Path> record(String what, Throwable failure) {
        Path folder = DefaultDatabaseLocation.current().toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        return record(folder.resolve("logs"), what, failure);
    }

    static synchronized Optional<Path> record(Path folder, String what, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String entry = ZonedDateTime.now() + "  " + what + System.lineSeparator() + trace + System.lineSeparator();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve("nianbao-" + LocalDate.now() + ".log");
            Files.writeString(file, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return Optional.of(file);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The line to add to an internal error's message: where its details are (Chinese and English). */
    public static String pointer(Optional<Path> log) {
        return log.map(p -> "；详情见日志 " + p + " (details in " + p + ")").orElse("");
    }
}
