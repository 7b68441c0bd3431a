package nianbao.cli;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.List;

/**
 * What became of one input file: either a report with its findings, or the reason it could not be read
 * ({@code "<chinese> (<english>)"}), never both.
 */
public record ProcessedReport(String file, Report report, List<Finding> findings, String error) {
    public static final int OK = 0;
    public static final int HAS_ERRORS = 1;
    public static final int UNREADABLE = 2;

    public ProcessedReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static ProcessedReport of(String file, Report report, List<Finding> findings) {
        return new ProcessedReport(file, report, findings, null);
    }

    public static ProcessedReport failed(String file, String error) {
        return new ProcessedReport(file, null, List.of(), error);
    }

    public boolean readable() {
        return error == null;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The exit status this file alone calls for (cli.md): 2 unreadable, 1 an error-severity finding, else 0. */
    public int exitStatus() {
        if (!readable()) {
            return UNREADABLE;
        }
        return count(Severity.ERROR) > 0 ? HAS_ERRORS : OK;
    }
}
