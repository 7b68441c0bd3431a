package nianbao.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Tells a damaged database file from a sound one and moves a damaged one aside (with its WAL and shared-memory
 * files, so a stale log is never replayed into the fresh database), keeping it for whoever can rescue it.
 */
final class CorruptFile {
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private CorruptFile() {
    }

    /** True when the file holds something but does not start with the SQLite header (an empty file is a new database). */
    static boolean lacksHeader(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return !Arrays.equals(in.readNBytes(HEADER.length), HEADER);
        }
    }

    /** True for the errors SQLite gives for a damaged file; a locked or unwritable file is not damaged. */
    static boolean isCorruption(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    /** Renames the file (and its -wal and -shm files) to {@code <name>.corrupt-<UTC time>}; returns the new path. */
    static Path setAside(Path file, Instant now) throws IOException {
        String base = file.getFileName() + ".corrupt-" + STAMP.format(now);
        Path target = file.resolveSibling(base);
        for (int n = 1; Files.exists(target); n++) {
            target = file.resolveSibling(base + "-" + n);
        }
        Files.move(file, target);
        for (String suffix : new String[]{"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }
}
