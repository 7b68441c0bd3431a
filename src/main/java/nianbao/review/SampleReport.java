package nianbao.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report bundled in the jar (安阳县 2021, seed 004 of the corpus): opened by the window and checked by the command
 * line when the app starts with no file.
 */
public final class SampleReport {
    public static final String NAME = "anyang-2021.txt";
    private static final String RESOURCE = "/nianbao/sample/anyang-2021.txt";

    private SampleReport() {
    }

    public static byte[] bytes() {
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
