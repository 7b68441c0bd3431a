package nianbao.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class I18nTest {
    @Test
    void theEnvironmentSaysTheLanguageEvenWhenTheJvmFellBackToEnglish() {
        // LANG=zh_CN.UTF-8 on a system without that locale installed: the JVM says English, the examiner asked Chinese
        assertThat(I18n.systemLanguage(Map.of("LANG", "zh_CN.UTF-8"), Locale.ENGLISH)).isEqualTo("zh");
        assertThat(I18n.systemLanguage(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "zh_CN.UTF-8"), Locale.CHINA))
                .as("LC_ALL first").isEqualTo("en");
        assertThat(I18n.systemLanguage(Map.of("LC_MESSAGES", "zh_TW", "LANG", "en_GB"), Locale.ENGLISH)).isEqualTo("zh");
        assertThat(I18n.systemLanguage(Map.of("LANG", "C.UTF-8"), Locale.CHINA)).as("C says nothing").isEqualTo("zh");
        assertThat(I18n.systemLanguage(Map.of(), Locale.ENGLISH)).isEqualTo("en");
    }

    @Test
    void theLanguageChosenInTheMenuIsKept(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        assertThat(settings.language()).isEmpty();
        settings.setLanguage("en");
        settings.save();
        assertThat(Settings.load(dir.resolve("settings.properties")).language()).isEqualTo("en");
        settings.setLanguage("zh");
        assertThat(settings.language()).isEqualTo("zh");
    }
}
