package nianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;
import nianbao.review.ReviewService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The JavaFX application: the theme, the settings and the main window on the chosen review store. */
public final class App extends Application {
    /**
     * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX configuration"); the
     * jar is built that way on purpose (one file, no module path), so the warning would only alarm the examiner.
     * Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");
    private static volatile boolean started;
    private MainWindow window;

    /**
     * Runs the window until it is closed; returns false when it could not start (no display), so the caller can fall
     * back to the command line.
     */
    public static boolean launchWindow(String[] args) {
        if (!displayAvailable()) {
            return false;
        }
        System.setProperty("java.awt.headless", "true");
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        try {
            Application.launch(App.class, args);
            return true;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (started) {
                throw e;
            }
            return false;
        }
    }

    /** The one line printed when the window cannot be shown and the command line checks the report instead. */
    public static String noDisplayMessage() {
        return I18n.t("launcher.noDisplay");
    }

    /** What the command line asks of the window: a store ({@code --db PATH}) and a file; empty when it asks otherwise. */
    public static Optional<Options> options(List<String> args) {
        Path db = null;
        Path file = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--db") && i + 1 < args.size() && db == null) {
                db = Path.of(args.get(++i));
            } else if (arg.startsWith("--db=") && db == null) {
                db = Path.of(arg.substring("--db=".length()));
            } else if (!arg.startsWith("-") && file == null) {
                file = Path.of(arg);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Options(db == null ? ReviewService.defaultDatabase() : db, file));
    }

    @Override
    public void init() {
        MacOpenFiles.install(); // before the window: the Apple event that starts the app with a file comes first
    }

    @Override
    public void start(Stage stage) {
        started = true;
        StartupTiming.step("JavaFX started");
        Options options = options(getParameters().getRaw()).orElse(new Options(ReviewService.defaultDatabase(), null));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Settings settings = Settings.load(Settings.defaultFile());
        if (!settings.language().isEmpty() && !I18n.explicitLanguage()) {
            I18n.use(java.util.Locale.forLanguageTag(settings.language()));
        }
        window = new MainWindow(stage, settings,
                () -> ReviewService.open(options.db(), settings.examiner(), Clock.systemDefaultZone()));
        window.show(options.file());
        MacOpenFiles.deliverTo(window::open);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** On Linux and other X11/Wayland systems a display must be named; Windows and macOS always have one. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** The review store and the file to open (null: the bundled sample). */
    public record Options(Path db, Path file) {
    }
}
