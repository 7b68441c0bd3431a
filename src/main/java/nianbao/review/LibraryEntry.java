package nianbao.review;

import nianbao.model.FormatVersion;
import nianbao.model.ReviewStatus;
import nianbao.store.StoredReport;

import java.time.Instant;

/**
 * One report of the library as the worklist shows it: who and which year, the source's format and the national
 * format's version, its review status, its error and warning counts (cross-year findings included), its comparison
 * with the same organ's previous year (which report, the repetition rate, how many findings), who changed its review
 * last and when, and when it was last opened.
 */
public record LibraryEntry(long id, String fileName, String organ, Integer year, String sourceFormat,
                           FormatVersion template, ReviewStatus status, int errorCount, int warningCount,
                           Long previousId, Double repetition, int crossYearFindings, String lastExaminer,
                           Instant lastChange, Instant openedAt) {

    static LibraryEntry of(StoredReport r) {
        return new LibraryEntry(r.id(), r.fileName(), r.organ(), r.year(), r.sourceFormat(), r.template(),
                r.status(), r.errorCount(), r.warningCount(), r.previousId(), r.repetition(),
                r.crossErrors() + r.crossWarnings(), r.lastExaminer(), r.lastChange(), r.openedAt());
    }

    /** A report just opened in the window, before the library is read again (for its export file name). */
    public static LibraryEntry brief(long id, String fileName, String organ, Integer year, ReviewStatus status) {
        return new LibraryEntry(id, fileName, organ, year, null, null, status, 0, 0, null, null, 0, null, null, null);
    }

    /** Whether the same organ's previous year is in the library. */
    public boolean hasPreviousYear() {
        return previousId != null;
    }
}
