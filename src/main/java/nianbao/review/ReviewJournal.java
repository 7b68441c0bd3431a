package nianbao.review;

import nianbao.model.ReviewStatus;
import nianbao.store.Database;
import nianbao.store.EventRepository;
import nianbao.store.ReportRepository;
import nianbao.store.ReportSummary;
import nianbao.store.ReviewEvent;

import java.util.List;

/** Stores one examiner action — its events and the report's resulting status and summary — in one transaction. */
final class ReviewJournal {
    private final Database db;
    private final EventRepository events;
    private final ReportRepository reports;

    ReviewJournal(Database db, EventRepository events, ReportRepository reports) {
        this.db = db;
        this.events = events;
        this.reports = reports;
    }

    void record(long reportId, List<ReviewEvent> newEvents, ReviewStatus status, ReportSummary summary) {
        db.transaction(() -> {
            newEvents.forEach(events::append);
            reports.updateReview(reportId, status, summary);
        });
    }

    /** Stores a report's summary after its findings changed without an action of its own (its previous year did). */
    void summarise(long reportId, ReportSummary summary) {
        reports.updateSummary(reportId, summary);
    }

    List<ReviewEvent> events(long reportId) {
        return events.events(reportId);
    }
}
