package nianbao.cli;

/** The command line (placeholder until the cli helper writes it). */
public final class NianbaoCommand {
    private NianbaoCommand() {
    }

    public static int run(String[] args) {
        throw new UnsupportedOperationException("being written");
    }
}
