package nianbao;

/** Entry point of the jar: a plain class (not a JavaFX Application) that hands the arguments to the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(nianbao.cli.NianbaoCommand.run(args));
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
