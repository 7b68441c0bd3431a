package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.check.CrossYearChecker;
import nianbao.export.JsonReportWriter;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints checked reports, as JSON Lines or as human summaries, and keeps the exit status of the whole
 * run: the worst of the files (2 unreadable, 1 an error-severity finding, 0 otherwise).
 */
final class CheckOutput {
    private final boolean json;
    private final PrintWriter out;
    private final HumanSummary summary;
    private final JsonReportWriter writer = new JsonReportWriter();
    private int printed;
    private int status = ProcessedReport.OK;

    CheckOutput(boolean json, Messages messages, PrintWriter out) {
        this.json = json;
        this.out = out;
        this.summary = new HumanSummary(messages);
    }

    void print(ProcessedReport processed) {
        emit(processed, render(processed));
    }

    /** Prints the reports in their order; their text is made on every core first (a season is hundreds of them). */
    void printAll(List<ProcessedReport> reports) {
        List<String> texts = reports.parallelStream().map(this::render).toList();
        for (int i = 0; i < reports.size(); i++) {
            emit(reports.get(i), texts.get(i));
        }
    }

    /** What a report prints as: its JSON line, or its summary's lines. */
    private String render(ProcessedReport processed) {
        return json ? JsonReportWriter.toLine(node(processed))
                : String.join(System.lineSeparator(), summary.lines(processed));
    }

    private void emit(ProcessedReport processed, String text) {
        if (!json && printed > 0) {
            out.println();
        }
        out.println(text);
        out.flush();
        printed++;
        status = Math.max(status, processed.exitStatus());
    }

    /**
     * The report's object (cli.md): its text.repetition findings carry the rate and the previous report; a file
     * skipped as not a report has {@code "skipped"} with the reason and no error.
     */
    private ObjectNode node(ProcessedReport processed) {
        if (processed.skipped()) {
            ObjectNode skipped = writer.errorNode(processed.file(), null);
            skipped.put("skipped", processed.error());
            return skipped;
        }
        if (!processed.readable()) {
            return writer.errorNode(processed.file(), processed.error());
        }
        ObjectNode node = writer.toNode(processed.report(), processed.findings());
        ProcessedReport.Previous previous = processed.previous();
        if (previous != null) {
            for (JsonNode finding : node.withArray("findings")) {
                if (CrossYearChecker.REPETITION.equals(finding.path("rule").asText())) {
                    ObjectNode f =
                            (ObjectNode) finding;
                    f.put("rate", Math.round(previous.repetition() * 1000) / 1000.0);
                    f.putObject("previous").put("organ", previous.organ()).put("year", previous.year());
                }
            }
        }
        return node;
    }

    int status() {
        return status;
    }
}
