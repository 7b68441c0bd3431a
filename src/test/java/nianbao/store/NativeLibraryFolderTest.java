package nianbao.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies of the sqlite native library that killed runs left behind are removed; a fresh one is kept. */
class NativeLibraryFolderTest {
    @TempDir
    Path dir;

    @Test
    void staleCopiesGoAndFreshOnesStay() throws Exception {
        Path stale = Files.write(dir.resolve("sqlite-3.54.1.0-aaaa-libsqlitejdbc.so"), new byte[16]);
        Path staleLock = Files.write(dir.resolve("sqlite-3.54.1.0-aaaa-libsqlitejdbc.so.lck"), new byte[0]);
        Path fresh = Files.write(dir.resolve("sqlite-3.54.1.0-bbbb-libsqlitejdbc.so"), new byte[16]);
        Path unrelated = Files.write(dir.resolve("notes.txt"), new byte[1]);
        FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(3)));
        for (Path p : new Path[] {stale, staleLock, unrelated}) {
            Files.setLastModifiedTime(p, old);
        }
        NativeLibraryFolder.removeStale(dir, Instant.now().minus(Duration.ofDays(1)));
        assertThat(stale).doesNotExist();
        assertThat(staleLock).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
    }
}
