package nianbao.read;

import nianbao.model.Finding;
import nianbao.model.Report;

import java.util.List;

/** A document read to the end: the parsed report and the findings of its check. */
public record ReadReport(Report report, List<Finding> findings) {
    public ReadReport {
        findings = List.copyOf(findings);
    }
}
