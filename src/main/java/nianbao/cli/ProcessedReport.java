package nianbao.cli;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What became of one input file: a report with its findings (and, when it was compared with the same organ's
 * previous year, which report that was and the repetition rate); or the reason it could not be read
 * ({@code "<chinese> (<english>)"}); or, for a file that is not a report document at all, why it was skipped.
 */
public record ProcessedReport(String file, Report report, List<Finding> findings, String error, boolean skipped,
                              Previous previous) {
    public static final int OK = 0;
    public static final int HAS_ERRORS = 1;
    public static final int UNREADABLE = 2;

    /** The report of the year before this one was compared with, and the share of its narrative repeated. */
    public record Previous(String organ, Integer year, double repetition) {
    }

    public ProcessedReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ProcessedReport of(String file, Report report, List<Finding> findings) {
        return new ProcessedReport(file, report, findings, null, false, null);
    }

    public static ProcessedReport failed(String file, String error) {
        return new ProcessedReport(file, null, List.of(), error, false, null);
    }

    /** A file that is not a report document (a README, data): listed as skipped, never a failure. */
    public static ProcessedReport skipped(String file, String reason) {
        return new ProcessedReport(file, null, List.of(), reason, true, null);
    }

    /** This report with the findings of its comparison with {@code previous} added. */
    public ProcessedReport comparedWith(Previous previous, List<Finding> crossYear) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(crossYear);
        return new ProcessedReport(file, report, all, error, skipped, previous);
    }

    public boolean readable() {
        return error == null;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * The exit status this file alone calls for (cli.md): 2 unreadable, 1 an error-severity finding, else 0 (also for
     * a file skipped as not a report).
     */
    public int exitStatus() {
        if (skipped) {
            return OK;
        }
        if (!readable()) {
            return UNREADABLE;
        }
        return count(Severity.ERROR) > 0 ? HAS_ERRORS : OK;
    }
}
