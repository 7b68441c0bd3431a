package nianbao.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The window's typed, persistent settings (examiner, font size, window bounds, recent files), kept in a UTF-8
 * properties file in the user's config directory so they survive an update and can be read and reset by hand.
 */
public final class Settings {
    static final int DEFAULT_FONT_SIZE = 14;
    static final int MIN_FONT_SIZE = 10;
    static final int MAX_FONT_SIZE = 24;

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Loads the settings stored at {@code file}; a missing or unreadable file gives the defaults. */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    /**
     * Where the settings live: {@code -Dnianbao.settings=FILE}, else beside the review database on Windows
     * ({@code %APPDATA%\Nianbao}) and macOS ({@code ~/Library/Application Support/Nianbao}), and in
     * {@code $XDG_CONFIG_HOME/nianbao} (default {@code ~/.config/nianbao}) elsewhere.
     */
    public static Path defaultFile() {
        String override = System.getProperty("nianbao.settings");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        Path dir;
        if (os.contains("win") && System.getenv("APPDATA") != null) {
            dir = Path.of(System.getenv("APPDATA"), "Nianbao");
        } else if (os.contains("mac")) {
            dir = home.resolve("Library/Application Support/Nianbao");
        } else if (System.getenv("XDG_CONFIG_HOME") != null && !System.getenv("XDG_CONFIG_HOME").isBlank()) {
            dir = Path.of(System.getenv("XDG_CONFIG_HOME"), "nianbao");
        } else {
            dir = home.resolve(".config/nianbao");
        }
        return dir.resolve("settings.properties");
    }

    /** Writes the settings; a failure is not worth interrupting the examiner for, so it is only returned. */
    public Optional<IOException> save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Nianbao Review settings");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e);
        }
    }

    /** The examiner's name: as last set, else {@code $NIANBAO_EXAMINER} (as the command line uses), else the user name. */
    /** The assessment rules' threshold: more than half of the narrative repeated (与上年度重复率大于50%). */
    static final int DEFAULT_REPETITION_PERCENT = 50;

    public String examiner() {
        String fromEnvironment = System.getenv("NIANBAO_EXAMINER");
        return values.getProperty("examiner", fromEnvironment != null && !fromEnvironment.isBlank()
                ? fromEnvironment.strip() : System.getProperty("user.name", ""));
    }

    public void setExaminer(String examiner) {
        values.setProperty("examiner", examiner.strip());
    }

    public int fontSize() {
        return clampFont(integer("font.size").orElse(DEFAULT_FONT_SIZE));
    }

    public void setFontSize(int size) {
        values.setProperty("font.size", Integer.toString(clampFont(size)));
    }

    /** The window's language chosen in the menu ({@code zh} or {@code en}); empty: the system's. */
    public String language() {
        String language = values.getProperty("language", "").strip();
        return language.equals("zh") || language.equals("en") ? language : "";
    }

    public void setLanguage(String language) {
        values.setProperty("language", language.equals("en") ? "en" : "zh");
    }

    /** The share of last year's narrative (in whole percent, 1–100) above which text.repetition is raised. */
    public int repetitionPercent() {
        return Math.max(1, Math.min(100, integer("repetition.percent").orElse(DEFAULT_REPETITION_PERCENT)));
    }

    public void setRepetitionPercent(int percent) {
        values.setProperty("repetition.percent", Integer.toString(Math.max(1, Math.min(100, percent))));
    }

    /** The window's last bounds, if stored. */
    public Optional<WindowBounds> windowBounds() {
        Optional<Integer> w = integer("window.width");
        Optional<Integer> h = integer("window.height");
        if (w.isEmpty() || h.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(integer("window.x").orElse(-1), integer("window.y").orElse(-1),
                w.get(), h.get(), Boolean.parseBoolean(values.getProperty("window.maximized"))));
    }

    public void setWindowBounds(WindowBounds bounds) {
        values.setProperty("window.x", Integer.toString(bounds.x()));
        values.setProperty("window.y", Integer.toString(bounds.y()));
        values.setProperty("window.width", Integer.toString(bounds.width()));
        values.setProperty("window.height", Integer.toString(bounds.height()));
        values.setProperty("window.maximized", Boolean.toString(bounds.maximized()));
    }

    /** The recent files, most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RecentFiles.MAX; i++) {
            String value = values.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                try {
                    files.add(Path.of(value));
                } catch (java.nio.file.InvalidPathException e) {
                    // written on another platform: skip it
                }
            }
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < RecentFiles.MAX; i++) {
            values.remove("recent." + i);
        }
        for (int i = 0; i < Math.min(files.size(), RecentFiles.MAX); i++) {
            values.setProperty("recent." + i, files.get(i).toString());
        }
    }

    private Optional<Integer> integer(String key) {
        try {
            String value = values.getProperty(key);
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int clampFont(int size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    /** A window's position and size on screen, and whether it was maximised. */
    public record WindowBounds(int x, int y, int width, int height, boolean maximized) {
    }
}
