package nianbao.cli;

/** The examiner recorded with command-line imports and exports: NIANBAO_EXAMINER, else the system user name. */
final class Examiner {
    private Examiner() {
    }

    static String name() {
        String configured = System.getenv("NIANBAO_EXAMINER");
        return configured != null && !configured.isBlank() ? configured.strip() : System.getProperty("user.name", "");
    }
}
