package nianbao.read;

/**
 * What one document may cost: its size in bytes, the CPU time of its own work, and a wall-clock ceiling far above
 * that, the backstop against a true hang (a busy machine slows the clock, not the CPU time a document needs).
 */
public record ReadLimits(long maxBytes, double cpuSeconds, double wallSeconds) {
    /**
     * 200 MB; 30 s of CPU (a 100-page report needs about 3 s on a cold JVM); 10 minutes of wall clock. The system
     * properties {@code nianbao.read.cpuSeconds} and {@code nianbao.read.wallSeconds} change the two budgets.
     */
    public static final ReadLimits DEFAULT = new ReadLimits(nianbao.extract.Extractors.MAX_BYTES,
            seconds("nianbao.read.cpuSeconds", 30), seconds("nianbao.read.wallSeconds", 600));

    public ReadLimits {
        if (maxBytes <= 0 || cpuSeconds <= 0 || wallSeconds <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ReadLimits withCpuSeconds(double seconds) {
        return new ReadLimits(maxBytes, seconds, wallSeconds);
    }

    private static double seconds(String property, double fallback) {
        String value = System.getProperty(property);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
