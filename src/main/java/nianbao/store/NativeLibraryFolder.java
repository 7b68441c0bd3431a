package nianbao.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Where sqlite-jdbc unpacks its native library: the application's own folder instead of the system's temporary one,
 * where every killed run used to leave a 1 MB copy behind (its lock file outlives the process, so sqlite-jdbc never
 * deletes it). Copies older than a day are removed when the store is first opened; a running instance keeps its
 * loaded copy either way (Linux and macOS keep a deleted library mapped, Windows refuses to delete it).
 */
public final class NativeLibraryFolder {
    private static final String PROPERTY = "org.sqlite.tmpdir";
    private static final Duration STALE = Duration.ofDays(1);
    private static boolean prepared;

    private NativeLibraryFolder() {
    }

    /** Points sqlite-jdbc at {@code folder} (unless a folder was already chosen) and clears stale copies there. */
    public static synchronized void use(Path folder) {
        if (prepared || System.getProperty(PROPERTY) != null) {
            return;
        }
        prepared = true;
        try {
            Files.createDirectories(folder);
            removeStale(folder, Instant.now().minus(STALE));
            System.setProperty(PROPERTY, folder.toAbsolutePath().toString());
        } catch (IOException | SecurityException e) {
            // the system's temporary folder still works; only the clean-up is lost
        }
    }

    static void removeStale(Path folder, Instant before) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "sqlite-*")) {
            for (Path file : files) {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
