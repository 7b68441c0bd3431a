package nianbao.ui;

import javafx.application.Platform;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * macOS hands a file to an app ("Open With", a double-click on a report, a file dropped on the Dock icon) as an Apple
 * event, not as an argument: the handler is installed before the window exists (the event that starts the app comes
 * first), files that arrive before it are kept, and each is opened in the window once it is there. Elsewhere nothing
 * is installed (and AWT is not started for it).
 */
final class MacOpenFiles {
    private static final List<Path> EARLY = new ArrayList<>();
    private static Consumer<Path> opener;

    private MacOpenFiles() {
    }

    static boolean onMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");
    }

    /** Installs the handler on macOS; whether it was installed. */
    static boolean install() {
        if (!onMac()) {
            return false;
        }
        try {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            java.awt.Desktop.getDesktop().setOpenFileHandler(event -> {
                for (File file : event.getFiles()) {
                    received(file.toPath());
                }
            });
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false; // without it, files still open from the command line and by drag and drop
        }
    }

    /** From now on files go to {@code open} (on the JavaFX thread), the ones that came early first. */
    static synchronized void deliverTo(Consumer<Path> open) {
        opener = open;
        List<Path> early = List.copyOf(EARLY);
        EARLY.clear();
        early.forEach(file -> Platform.runLater(() -> open.accept(file)));
    }

    static synchronized void received(Path file) {
        if (opener == null) {
            EARLY.add(file);
        } else {
            Consumer<Path> open = opener;
            Platform.runLater(() -> open.accept(file));
        }
    }
}
