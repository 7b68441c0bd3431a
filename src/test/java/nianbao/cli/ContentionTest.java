package nianbao.cli;

import nianbao.golden.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four cold {@code check} runs at once on one core (four-fold contention; before, with a 10 s wall-clock limit that
 * counted JVM start-up, such runs refused genuine reports) read every corpus PDF: nothing is refused, because a
 * document's budget is the CPU time of its own work.
 */
class ContentionTest {
    private static final int RUNS = 4;

    @Test
    void fourColdChecksSharingOneCoreRefuseNothing() throws Exception {
        List<String> pdfs = new ArrayList<>();
        for (String folder : List.of("generated", "real")) {
            try (var files = Files.list(Corpus.root().resolve(folder))) {
                files.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(p -> pdfs.add(p.toString()));
            }
        }
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/taskset"))) {
                command.addAll(List.of("/usr/bin/taskset", "-c", "0"));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "nianbao.Launcher", "check", "--json"));
            command.addAll(pdfs);
            processes.add(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        for (Process process : processes) {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("a hang guard").isTrue();
            assertThat(out.lines().count()).isEqualTo(pdfs.size());
            assertThat(out).doesNotContain("\"error\":\"");
            assertThat(process.exitValue()).as(out).isIn(0, 1);
        }
    }
}
