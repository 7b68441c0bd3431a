package nianbao.store;

import nianbao.model.FormatVersion;
import nianbao.model.ReviewStatus;

import java.time.Instant;

/**
 * One report in the library as stored: what identifies it (the SHA-256 of its source bytes), what the parser read
 * of it when it was imported, where the examiner is with it and how many error findings its current version has.
 */
public record StoredReport(long id, String fileName, String sourceHash, String sourceFormat, String organ,
                           Integer year, FormatVersion template, ReviewStatus status, int errorCount,
                           Instant importedAt, Instant openedAt) {
}
