package nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The report bundled in the jar (安阳县 2021, seed 004 of the corpus), checked when the app starts with no file. */
final class SampleReport {
    static final String NAME = "anyang-2021.txt";
    private static final String RESOURCE = "/nianbao/sample/anyang-2021.txt";

    private SampleReport() {
    }

    static byte[] bytes() {
        try (InputStream in = SampleReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
