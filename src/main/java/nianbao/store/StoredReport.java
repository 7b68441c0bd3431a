package nianbao.store;

import nianbao.model.FormatVersion;
import nianbao.model.ReviewStatus;

import java.time.Instant;

/**
 * One report in the library as stored: what identifies it (the SHA-256 of its source bytes), what the parser read
 * of it when it was imported, where the examiner is with it, how many error and warning findings its current version
 * has (cross-year ones included), its comparison with the same organ's previous year (which report, the repetition
 * rate, how many of the counts are cross-year findings), and who changed its review last and when.
 */
public record StoredReport(long id, String fileName, String sourceHash, String sourceFormat, String organ,
                           Integer year, FormatVersion template, ReviewStatus status, int errorCount,
                           int warningCount, Instant importedAt, Instant openedAt, Long previousId, Double repetition,
                           int crossErrors, int crossWarnings, String lastExaminer, Instant lastChange) {
}
