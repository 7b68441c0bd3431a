package nianbao.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A fault of the program is logged with its stack trace, and the examiner's one line points to the log. */
class ErrorLogTest {
    @TempDir
    Path dir;

    @Test
    void theStackTraceGoesToTheLogAndTheMessagePointsThere() throws Exception {
        Optional<Path> log = ErrorLog.record(dir.resolve("logs"), "reading x.pdf",
                new IllegalStateException("boom"));
        assertThat(log).isPresent();
        String text = Files.readString(log.get());
        assertThat(text).contains("reading x.pdf").contains("IllegalStateException: boom")
                .contains("at nianbao.review.ErrorLogTest");
        assertThat(ErrorLog.pointer(log)).contains("日志").contains(log.get().toString());
        assertThat(ErrorLog.pointer(Optional.empty())).isEmpty();
    }
}
