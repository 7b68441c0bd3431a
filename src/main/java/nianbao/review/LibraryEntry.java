package nianbao.review;

import nianbao.model.ReviewStatus;

import java.time.Instant;

/** One report of the library as the library list shows it; errorCount counts the error findings of its current version. */
public record LibraryEntry(long id, String fileName, String organ, Integer year, ReviewStatus status, int errorCount,
                           Instant openedAt) {
}
