package nianbao.extract;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100-page PDF (a real report's pages repeated) is checked by the command line in a separate JVM limited to
 * 512 MB of heap. The file is left in the build directory so {@code bench} can time it (speed is shown there, not
 * asserted here).
 */
class LargePdfTest {
    private static final int PAGES = 100;

    @Test
    void hundredPagePdfIsCheckedWithin512MegabytesOfHeap() throws Exception {
        Path pdf = buildDirectory().resolve("large-100-pages.pdf");
        write(pdf);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "nianbao.Launcher", "check", "--json", pdf.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long start = System.nanoTime();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as("a hang guard, not a time limit").isTrue();
        System.out.printf("100-page PDF checked in a fresh -Xmx512m JVM in %d ms (including JVM start)%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(process.exitValue()).as(out).isIn(0, 1);
        assertThat(out).contains("\"organ\":\"淮安市人民政府\"").contains("\"error\":null");
    }

    private static void write(Path target) throws Exception {
        try (PDDocument source = Loader.loadPDF(Corpus.bytes("real/huaian-city-gov_2024.pdf"));
             PDDocument large = new PDDocument()) {
            while (large.getNumberOfPages() < PAGES) {
                for (int i = 0; i < source.getNumberOfPages() && large.getNumberOfPages() < PAGES; i++) {
                    large.importPage(source.getPage(i));
                }
            }
            large.save(target.toFile());
        }
        assertThat(Files.size(target)).isPositive();
    }

    private static Path buildDirectory() {
        File classes = new File(LargePdfTest.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return classes.toPath().getParent();
    }
}
