package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared corpus lives for tests: the {@code nianbao.corpus} system property, or ../shared/corpus. */
final class Corpus {
    private Corpus() {
    }

    static Path dir() {
        return Path.of(System.getProperty("nianbao.corpus", "../shared/corpus"));
    }

    static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(dir().resolve(relative));
    }
}
