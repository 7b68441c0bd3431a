package nianbao.cli;

import nianbao.export.JsonReportWriter;

import java.io.PrintWriter;

/**
 * Prints checked reports as they come, as JSON Lines or as human summaries, and keeps the exit status of the whole
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
            out.println(processed.readable()
                    ? writer.write(processed.report(), processed.findings())
                    : writer.writeError(processed.file(), processed.error()));
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

    int status() {
        return status;
    }
}
