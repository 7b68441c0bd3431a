package nianbao.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.check.CrossYearChecker;
import nianbao.export.JsonReportWriter;

import java.io.PrintWriter;

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
        if (json) {
            out.println(JsonReportWriter.toLine(node(processed)));
        } else {
            if (printed > 0) {
                out.println();
            }
            summary.lines(processed).forEach(out::println);
        }
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
