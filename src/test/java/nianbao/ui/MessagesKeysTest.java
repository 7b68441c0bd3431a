package nianbao.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every key the window looks up ({@code I18n.t("…")} in the ui sources) exists in both languages, every key in the
 * bundles is used, and keys are never computed (so this scan sees them all).
 */
class MessagesKeysTest {
    private static final Path SOURCES = Path.of("src/main/java/nianbao/ui");
    private static final Pattern LOOKUP = Pattern.compile("I18n\\.t\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMPUTED_LOOKUP = Pattern.compile("I18n\\.t\\(\\s*[^\"\\s]");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesKeysTest.class.getResourceAsStream("/nianbao/ui/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = LOOKUP.matcher(sources());
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_zh_CN.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedExistsAndEveryKeyDefinedIsUsed() throws IOException {
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            Set<String> defined = load(bundle).stringPropertyNames();
            assertThat(defined).as("keys used in the ui but missing from %s", bundle).containsAll(used);
            assertThat(used).as("keys of %s no ui source uses", bundle).containsAll(defined);
        }
    }

    /** A key defined twice silently keeps only its last text (the store-failure dialog once lost its header so). */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : new String[]{"messages_zh_CN.properties", "messages_en.properties"}) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            Set<String> twice = new TreeSet<>();
            try (InputStream in = MessagesKeysTest.class.getResourceAsStream("/nianbao/ui/" + bundle)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String trimmed = line.strip();
                    int eq = trimmed.indexOf('=');
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#") && eq > 0
                            && seen.merge(trimmed.substring(0, eq).strip(), 1, Integer::sum) > 1) {
                        twice.add(trimmed.substring(0, eq).strip());
                    }
                }
            }
            assertThat(twice).as("keys defined twice in %s", bundle).isEmpty();
        }
    }

    @Test
    void keysAreNeverComputed() throws IOException {
        assertThat(COMPUTED_LOOKUP.matcher(sources()).find()).as("an I18n.t(...) call whose key is not a literal").isFalse();
    }
}
