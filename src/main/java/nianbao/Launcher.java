package nianbao;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entry point of the jar: a plain class (not a JavaFX Application, so JavaFX can stay on the class path). No
 * arguments, a file, or {@code --db PATH [FILE]} open the window; a sub-command or option of the command line runs
 * the command line. Without a display the window falls back to checking the file (or the sample) on the command line.
 */
public final class Launcher {
    /** First arguments that always mean the command line. */
    private static final Set<String> COMMAND_LINE = Set.of("check", "bench", "import", "list", "export", "--help", "-h",
            "--version", "-V", "--lang");

    private Launcher() {
    }

    public static void main(String[] args) {
        nianbao.ui.StartupTiming.mainStarted();
        quietLibraryLogging();
        Optional<nianbao.ui.App.Options> window = wantsWindow(args);
        if (window.isEmpty()) {
            System.exit(nianbao.cli.NianbaoCommand.run(args));
        }
        if (nianbao.ui.App.launchWindow(args)) {
            System.exit(0);
        }
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println(nianbao.ui.App.noDisplayMessage());
        System.exit(nianbao.cli.NianbaoCommand.run(fallback(window.get())));
    }

    /** The window's options when the arguments ask for the window, empty when they are for the command line. */
    static Optional<nianbao.ui.App.Options> wantsWindow(String[] args) {
        if (args.length > 0 && (COMMAND_LINE.contains(args[0]) || args[0].startsWith("--lang="))) {
            return Optional.empty();
        }
        return nianbao.ui.App.options(List.of(args));
    }

    /** What the command line does instead of the window: check the file given, or the bundled sample. */
    static String[] fallback(nianbao.ui.App.Options options) {
        List<String> args = new ArrayList<>();
        if (options.file() != null) {
            args.add("check");
            args.add(options.file().toString());
        }
        return args.toArray(String[]::new);
    }

    /**
     * PDFBox and POI log through log4j-api; without a logging backend it complains, and damaged fonts make PDFBox log
     * errors the examiner cannot act on. Findings and bad-input messages are the product's own output.
     */
    static void quietLibraryLogging() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
