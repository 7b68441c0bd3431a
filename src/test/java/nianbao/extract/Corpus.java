package nianbao.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test corpus lives: the {@code nianbao.corpus} system property, or src/test/corpus. */
final class Corpus {
    private Corpus() {
    }

    static Path dir() {
        return Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"));
    }

    static byte[] bytes(String relative) throws IOException {
        return Files.readAllBytes(dir().resolve(relative));
    }
}
