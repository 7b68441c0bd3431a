package nianbao.cli;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The short human-readable summary {@code check} prints per file without {@code --json}: who and which year, the
 * finding counts by severity, then every error and warning with its message (info findings are only counted).
 */
public final class HumanSummary {
    private static final String INDENT = "  ";

    private final Messages messages;

    public HumanSummary(Messages messages) {
        this.messages = messages;
    }

    public List<String> lines(ProcessedReport processed) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("summary.header", processed.file()));
        if (processed.skipped()) {
            lines.add(messages.get("summary.skipped", processed.error()));
            return lines;
        }
        if (!processed.readable()) {
            lines.add(messages.get("summary.unreadable", processed.error()));
            return lines;
        }
        Report report = processed.report();
        lines.add(messages.get("summary.identity", orUnknown(report.organ()), orUnknown(report.year()),
                messages.get("template." + report.template().id())));
        lines.add(messages.get("summary.counts", processed.count(Severity.ERROR), processed.count(Severity.WARNING),
                processed.count(Severity.INFO)));
        if (processed.previous() != null) {
            ProcessedReport.Previous previous = processed.previous();
            lines.add(messages.get("summary.previous", orUnknown(previous.organ()), orUnknown(previous.year()),
                    Math.round(previous.repetition() * 100) + "%"));
        }
        for (Severity shown : List.of(Severity.ERROR, Severity.WARNING)) {
            for (Finding f : processed.findings()) {
                if (f.severity() == shown) {
                    lines.add(INDENT + messages.get("summary.finding", severity(f.severity()), where(f), f.message()));
                }
            }
        }
        return lines;
    }

    private String severity(Severity severity) {
        return messages.get("severity." + severity.id());
    }

    /** The rule and the cell it concerns, e.g. {@code value.negative active.rules.repealed}. */
    private static String where(Finding f) {
        String cell = Stream.of(f.table(), f.row(), f.column()).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return cell.isEmpty() ? f.rule() : f.rule() + " " + cell;
    }

    private String orUnknown(Object value) {
        return value == null || value.toString().isBlank() ? messages.get("summary.unknown") : value.toString();
    }
}
