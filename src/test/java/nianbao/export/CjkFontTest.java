package nianbao.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Chinese font is found and embedded as TrueType, and its absence is a clear bilingual error. */
class CjkFontTest {
    @Test
    void findsAnEmbeddableChineseFontOnThisMachine() throws Exception {
        try (PDDocument document = new PDDocument(); CjkFont font = CjkFont.load(document)) {
            assertThat(font.canDisplay('审')).isTrue();
            assertThat(font.font().getStringWidth("年报")).isPositive();
            System.out.println("CJK font: " + font.name());
        }
    }

    @Test
    void prefersWenQuanYiZenHeiInItsCollection() throws Exception {
        Path wqy = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(wqy), "WenQuanYi Zen Hei not installed");
        CjkFont.Candidate found = CjkFont.locate(CjkFont.knownFiles(), List.of());
        assertThat(found.file()).isEqualTo(wqy);
        try (PDDocument document = new PDDocument(); CjkFont font = CjkFont.load(document)) {
            assertThat(font.name()).isEqualTo("WenQuanYiZenHei");
        }
    }

    @Test
    void noFontIsAClearBilingualError(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("fake.ttf"), "not a font");
        assertThatThrownBy(() -> CjkFont.locate(List.of(new CjkFont.Candidate(empty.resolve("none.ttc"), null)),
                List.of(empty)))
                .isInstanceOf(ExportException.class)
                .satisfies(e -> {
                    ExportException x = (ExportException) e;
                    assertThat(x.chinese()).contains("找不到", "中文", "fonts-wqy-zenhei");
                    assertThat(x.english()).contains("No Chinese TrueType font", "fonts-wqy-zenhei");
                });
    }

    @Test
    void passesOverFontsWithoutChineseGlyphs() {
        Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(dejavu), "DejaVu Sans not installed");
        assertThatThrownBy(() -> CjkFont.locate(List.of(new CjkFont.Candidate(dejavu, null)), List.of()))
                .isInstanceOf(ExportException.class);
    }
}
