package nianbao.store;

/**
 * What the library keeps of a report's current findings: how many errors and warnings (cross-year ones included),
 * which report is the same organ's previous year (null: none in the library), the repetition rate against it, and
 * how many of the errors and warnings are cross-year findings.
 */
public record ReportSummary(int errors, int warnings, Long previousId, Double repetition, int crossErrors,
                            int crossWarnings) {
    /** Counts of a report with no previous year in the library. */
    public static ReportSummary alone(int errors, int warnings) {
        return new ReportSummary(errors, warnings, null, null, 0, 0);
    }
}
