package nianbao.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an export needs about one reviewed report: the report as parsed and as corrected, its current findings
 * with their resolutions, the corrections in force and the whole correction history, the review status, who reviewed
 * it and when, and which source file it came from.
 */
public record ReviewedReport(String fileName, String sourceHash, Report original, Report current,
                             List<Finding> findings, Map<FindingKey, FindingResolution> resolutions,
                             List<Correction> corrections, List<Correction> history, ReviewStatus status,
                             String examiner, Instant exportedAt) {
    public ReviewedReport {
        findings = List.copyOf(findings);
        resolutions = Map.copyOf(resolutions);
        corrections = List.copyOf(corrections);
        history = List.copyOf(history);
    }
}
