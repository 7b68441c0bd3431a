package nianbao.read;

import nianbao.model.Finding;
import nianbao.model.Report;

import java.util.List;

/**
 * A document read to the end: the bytes it was read from (what the store keeps), the parsed report and the findings
 * of the check.
 */
public record ReadReport(String name, byte[] bytes, Report report, List<Finding> findings) {
    public ReadReport {
        findings = List.copyOf(findings);
    }
}
