package nianbao.read;

import nianbao.check.DamagedTextRule;
import nianbao.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One stray invalid byte in a UTF-8 text no longer rejects the whole file (before: "not readable text"): it is read
 * with the damaged place marked, and a warning names where.
 */
class DamagedTextTest {
    @Test
    void aStrayInvalidByteIsReadAndNamed() throws Exception {
        byte[] seed = Files.readAllBytes(nianbao.golden.Corpus.seed("004"));
        String text = new String(seed, StandardCharsets.UTF_8);
        int at = text.indexOf("五、");
        byte[] prefix = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[seed.length + 1];
        System.arraycopy(prefix, 0, damaged, 0, prefix.length);
        damaged[prefix.length] = (byte) 0xFF;
        System.arraycopy(seed, prefix.length, damaged, prefix.length + 1, seed.length - prefix.length);

        ReadReport read = new ReportReader().read("damaged.txt", damaged);
        ReadReport clean = new ReportReader().read("clean.txt", seed);
        assertThat(read.report().organ()).isEqualTo(clean.report().organ());
        assertThat(read.report().tables().cells()).hasSameSizeAs(clean.report().tables().cells());
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        assertThat(read.findings()).filteredOn(f -> f.rule().equals(DamagedTextRule.ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("1处").contains("第" + line + "行"));
        assertThat(clean.findings()).extracting(Finding::rule).doesNotContain(DamagedTextRule.ID);
    }

    @Test
    void bytesThatAreNoTextAtAllAreStillRefused() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        assertThatThrownBy(() -> new ReportReader().read("junk.txt", junk)).isInstanceOf(ReadFailure.class);
    }
}
