package nianbao.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The build of the readers and the parser: a report parsed by one build is used again, instead of reading its
 * document anew, only by the same build. A build without the stamp (classes compiled outside Maven) has none, and then
 * every stored report is read again from its source.
 */
public final class ReaderVersion {
    private static final Optional<String> CURRENT = load();

    private ReaderVersion() {
    }

    /** This build's stamp, when it has one. */
    public static Optional<String> current() {
        return CURRENT;
    }

    private static Optional<String> load() {
        try (InputStream in = ReaderVersion.class.getResourceAsStream("/nianbao/build.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String stamp = properties.getProperty("reader", "");
            return stamp.isBlank() || stamp.contains("${") ? Optional.empty() : Optional.of(stamp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
