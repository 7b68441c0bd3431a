package nianbao;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry point sends window requests to the window and everything else to the command line. */
class LauncherTest {
    @Test
    void subCommandsAndOptionsGoToTheCommandLine() {
        for (String first : new String[]{"check", "bench", "import", "export", "--help", "-h", "--version", "-V",
                "--lang", "--lang=en"}) {
            assertThat(Launcher.wantsWindow(new String[]{first, "x"})).as(first).isEmpty();
        }
        assertThat(Launcher.wantsWindow(new String[]{"a.txt", "b.txt"})).isEmpty();
    }

    @Test
    void noArgumentsAFileOrAStoreOpenTheWindow() {
        assertThat(Launcher.wantsWindow(new String[0])).isPresent();
        assertThat(Launcher.wantsWindow(new String[]{"a.pdf"})).get().extracting(o -> o.file()).isEqualTo(Path.of("a.pdf"));
        assertThat(Launcher.wantsWindow(new String[]{"--db", "r.db"})).get().extracting(o -> o.db()).isEqualTo(Path.of("r.db"));
    }

    @Test
    void withoutADisplayTheSampleIsCheckedOnTheCommandLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "nianbao.Launcher");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err.strip()).contains("no display").doesNotContain("\n");
        assertThat(out).contains("安阳县人民政府");
        assertThat(process.exitValue()).as(out + err).isEqualTo(1);
    }
}
