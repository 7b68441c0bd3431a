package nianbao;

/** Entry point of the jar: a plain class (not a JavaFX Application) that hands the arguments to the command line. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(nianbao.cli.NianbaoCommand.run(args));
    }
}
