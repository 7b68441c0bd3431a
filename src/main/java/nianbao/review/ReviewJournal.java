package nianbao.review;

import nianbao.model.ReviewStatus;
import nianbao.store.Database;
import nianbao.store.EventRepository;
import nianbao.store.ReportRepository;
import nianbao.store.ReviewEvent;

import java.util.List;

/** Stores one examiner action — its events and the report's resulting status and error count — in one transaction. */
final class ReviewJournal {
    private final Database db;
    private final EventRepository events;
    private final ReportRepository reports;

    ReviewJournal(Database db, EventRepository events, ReportRepository reports) {
        this.db = db;
        this.events = events;
        this.reports = reports;
    }

    void record(long reportId, List<ReviewEvent> newEvents, ReviewStatus status, int errorCount) {
        db.transaction(() -> {
            newEvents.forEach(events::append);
            reports.updateReview(reportId, status, errorCount);
        });
    }

    List<ReviewEvent> events(long reportId) {
        return events.events(reportId);
    }
}
