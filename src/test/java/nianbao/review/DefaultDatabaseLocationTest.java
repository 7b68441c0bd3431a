package nianbao.review;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The database sits where each platform keeps per-user application data. */
class DefaultDatabaseLocationTest {
    private static final Path HOME = Path.of("/home/examiner");

    @Test
    void linuxUsesXdgDataHomeOrLocalShare() {
        assertThat(DefaultDatabaseLocation.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), HOME))
                .isEqualTo(Path.of("/data/nianbao/nianbao.db"));
        assertThat(DefaultDatabaseLocation.resolve("Linux", Map.of(), HOME))
                .isEqualTo(Path.of("/home/examiner/.local/share/nianbao/nianbao.db"));
        assertThat(DefaultDatabaseLocation.resolve("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(Path.of("/home/examiner/.local/share/nianbao/nianbao.db"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DefaultDatabaseLocation.resolve("Windows 11", Map.of("APPDATA", "/roaming"), HOME))
                .isEqualTo(Path.of("/roaming/Nianbao/nianbao.db"));
        assertThat(DefaultDatabaseLocation.resolve("Windows 11", Map.of(), HOME))
                .isEqualTo(Path.of("/home/examiner/AppData/Roaming/Nianbao/nianbao.db"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DefaultDatabaseLocation.resolve("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/examiner/Library/Application Support/Nianbao/nianbao.db"));
    }

    @Test
    void theServiceNamesAFileCalledNianbaoDb() {
        assertThat(ReviewService.defaultDatabase().getFileName()).hasToString("nianbao.db");
        assertThat(ReviewService.defaultDatabase().isAbsolute()).isTrue();
    }
}
