package nianbao.review;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the review database lives by default, by the platform's convention for per-user application data:
 * {@code %APPDATA%\Nianbao} on Windows, {@code ~/Library/Application Support/Nianbao} on macOS, and
 * {@code $XDG_DATA_HOME/nianbao} (default {@code ~/.local/share/nianbao}) elsewhere.
 */
final class DefaultDatabaseLocation {
    static final String FILE_NAME = "nianbao.db";

    private DefaultDatabaseLocation() {
    }

    static Path current() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Nianbao").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Nianbao").resolve(FILE_NAME);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative value is invalid and must be ignored
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("nianbao").resolve(FILE_NAME);
    }
}
