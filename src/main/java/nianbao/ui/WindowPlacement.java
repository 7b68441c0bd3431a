package nianbao.ui;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window where it was last time (if that place is still on a screen) and remembers where it is now. */
final class WindowPlacement {
    private static final int DEFAULT_WIDTH = 1440;
    private static final int DEFAULT_HEIGHT = 900;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Settings settings) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Settings.WindowBounds bounds = settings.windowBounds().orElse(null);
        if (bounds != null && bounds.x() >= 0 && !Screen.getScreensForRectangle(bounds.x(), bounds.y(),
                Math.max(1, bounds.width()), Math.max(1, bounds.height())).isEmpty()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
            if (bounds != null) {
                stage.setMaximized(bounds.maximized());
            }
        }
        stage.setMinWidth(800);
        stage.setMinHeight(560);
    }

    static void save(Stage stage, Settings settings) {
        if (stage.isMaximized()) {
            Settings.WindowBounds old = settings.windowBounds().orElse(null);
            settings.setWindowBounds(old == null
                    ? new Settings.WindowBounds(-1, -1, DEFAULT_WIDTH, DEFAULT_HEIGHT, true)
                    : new Settings.WindowBounds(old.x(), old.y(), old.width(), old.height(), true));
        } else if (stage.getWidth() > 0 && !Double.isNaN(stage.getX())) {
            settings.setWindowBounds(new Settings.WindowBounds((int) stage.getX(), (int) stage.getY(),
                    (int) stage.getWidth(), (int) stage.getHeight(), false));
        }
    }
}
