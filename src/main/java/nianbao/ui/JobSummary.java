package nianbao.ui;

import java.util.ArrayList;
import java.util.List;

/** What a background batch did: how many items succeeded and, for each that failed, its name and the reason. */
final class JobSummary {
    /** One item that failed, with the reason in the UI language. */
    record Failure(String name, String reason) {
    }

    private int succeeded;
    private int skipped;
    private final List<Failure> failures = new ArrayList<>();

    synchronized void succeeded() {
        succeeded++;
    }

    synchronized void skipped() {
        skipped++;
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
        return lines.toString().strip();
    }
}
