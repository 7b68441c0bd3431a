package nianbao.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings survive a save and load; recent files stay unique, newest first, and bounded. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void roundTrips() {
        Path file = dir.resolve("sub/settings.properties");
        Settings settings = Settings.load(file);
        settings.setExaminer(" 张三 ");
        settings.setFontSize(18);
        settings.setWindowBounds(new Settings.WindowBounds(10, 20, 1200, 800, true));
        new RecentFiles(settings).add(Path.of("/tmp/a.pdf"));
        assertThat(settings.save()).isEmpty();

        Settings loaded = Settings.load(file);
        assertThat(loaded.examiner()).isEqualTo("张三");
        assertThat(loaded.fontSize()).isEqualTo(18);
        assertThat(loaded.windowBounds()).contains(new Settings.WindowBounds(10, 20, 1200, 800, true));
        assertThat(loaded.recentFiles()).containsExactly(Path.of("/tmp/a.pdf"));
    }

    @Test
    void defaultsWhenMissingOrDamaged() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "font.size=huge\nwindow.width=x\n");
        Settings settings = Settings.load(file);
        assertThat(settings.fontSize()).isEqualTo(Settings.DEFAULT_FONT_SIZE);
        assertThat(settings.windowBounds()).isEmpty();
        settings.setFontSize(100);
        assertThat(settings.fontSize()).isEqualTo(Settings.MAX_FONT_SIZE);
    }

    @Test
    void theRepetitionThresholdIsKeptBetween1And100PercentAndIsHalfByDefault() {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        assertThat(settings.repetitionPercent()).isEqualTo(50);
        settings.setRepetitionPercent(70);
        settings.save();
        assertThat(Settings.load(file).repetitionPercent()).isEqualTo(70);
        settings.setRepetitionPercent(400);
        assertThat(settings.repetitionPercent()).isEqualTo(100);
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndBounded() {
        RecentFiles recent = new RecentFiles(Settings.load(dir.resolve("s.properties")));
        IntStream.range(0, 12).forEach(i -> recent.add(dir.resolve("f" + i + ".txt")));
        recent.add(dir.resolve("f5.txt"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().get(0)).isEqualTo(dir.resolve("f5.txt"));
        assertThat(recent.list()).doesNotHaveDuplicates();
        recent.clear();
        assertThat(recent.list()).isEmpty();
    }
}
