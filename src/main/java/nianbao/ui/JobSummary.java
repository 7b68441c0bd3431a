package nianbao.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What a background batch did: how many items succeeded, were skipped (an export's existing files) or were already
 * there (an import's known files), which files were not reports, and, for each that failed, its name and the reason;
 * and whether the examiner stopped it before the end.
 */
final class JobSummary {
    /** One item that failed, with the reason in the UI language. */
    record Failure(String name, String reason) {
    }

    private int succeeded;
    private int skipped;
    private int known;
    private final List<String> notReports = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private boolean stopped;

    synchronized void succeeded() {
        succeeded++;
    }

    synchronized void skipped() {
        skipped++;
    }

    synchronized void known() {
        known++;
    }

    synchronized void notAReport(String name) {
        notReports.add(name);
    }

    synchronized void stopped() {
        stopped = true;
    }

    synchronized int knownCount() {
        return known;
    }

    synchronized List<String> notReports() {
        return List.copyOf(notReports);
    }

    synchronized boolean wasStopped() {
        return stopped;
    }

    synchronized void failed(String name, String reason) {
        failures.add(new Failure(name, reason));
    }

    synchronized int succeededCount() {
        return succeeded;
    }

    synchronized int skippedCount() {
        return skipped;
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    /** The failures one per line ("name: reason"), for the summary dialog. */
    synchronized String failureLines() {
        StringBuilder lines = new StringBuilder();
        for (Failure f : failures) {
            lines.append(I18n.t("summary.failureLine", f.name(), f.reason())).append('\n');
        }
        for (String name : notReports) {
            lines.append(I18n.t("summary.notReportLine", name)).append('\n');
        }
        return lines.toString().strip();
    }
}
