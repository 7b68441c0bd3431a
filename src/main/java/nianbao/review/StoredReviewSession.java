package nianbao.review;

import nianbao.check.Checker;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.CellText;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.Severity;
import nianbao.store.ReviewEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A report under review, backed by the store: each action becomes an event, is stepped onto an immutable
 * {@link ReviewState} exactly as a restart would replay it, is stored in one transaction with the report's new status
 * and error count, and only then becomes what the session shows. If storing fails, nothing changes.
 * Status changes are recorded but are not undoable; corrections and resolutions are. Any edit (correction,
 * resolution, undo, redo) moves an unreviewed report to 审核中. A correction's id is the seq of the event that made it.
 */
final class StoredReviewSession implements ReviewSession {
    private final long reportId;
    private final String sourceHash;
    private final Report original;
    private final ReviewJournal journal;
    private final Checker checker;
    private final Supplier<String> examiner;
    private final Clock clock;
    private ReviewState state;
    private Report current;
    private List<Finding> findings;
    private SourceChangedException readOnly;

    StoredReviewSession(long reportId, String sourceHash, Report original, ReviewState state, ReviewJournal journal,
                        Checker checker, Supplier<String> examiner, Clock clock) {
        this.reportId = reportId;
        this.sourceHash = sourceHash;
        this.original = original;
        this.journal = journal;
        this.checker = checker;
        this.examiner = examiner;
        this.clock = clock;
        this.state = state;
        this.current = CorrectionApplier.apply(original, state.correctionsInForce());
        this.findings = List.copyOf(checker.check(current));
    }

    static int errorCount(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    @Override
    public long reportId() {
        return reportId;
    }

    @Override
    public String sourceHash() {
        return sourceHash;
    }

    @Override
    public Report original() {
        return original;
    }

    @Override
    public synchronized Report current() {
        return current;
    }

    @Override
    public synchronized List<Finding> findings() {
        return findings;
    }

    @Override
    public synchronized Optional<Correction> correct(CellRef cell, String newRaw, CorrectionKind kind, String note) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(newRaw, "newRaw (\"\" for blank)");
        Objects.requireNonNull(kind, "kind");
        String typed = newRaw.strip();
        Cell now = current.tables().cell(cell);
        String oldRaw = now == null ? "" : now.raw();
        if (CellText.clean(oldRaw).equals(CellText.clean(typed))) {
            return Optional.empty();
        }
        commit(ReviewEvent.correct(reportId, nextSeq(), cell, oldRaw, typed, kind, note, examiner.get(),
                clock.instant()), true);
        return Optional.of(state.audit().get(state.audit().size() - 1));
    }

    @Override
    public synchronized void resolve(FindingKey finding, Resolution resolution, String note) {
        Objects.requireNonNull(finding, "finding");
        FindingResolution now = state.resolutions().get(finding);
        boolean unchanged = now == null ? resolution == null
                : now.resolution() == resolution && Objects.equals(now.note(), note);
        if (!unchanged) {
            commit(ReviewEvent.resolve(reportId, nextSeq(), finding, resolution, note, examiner.get(),
                    clock.instant()), true);
        }
    }

    @Override
    public synchronized Map<FindingKey, FindingResolution> resolutions() {
        return state.resolutions();
    }

    @Override
    public synchronized List<Correction> corrections() {
        return state.correctionsInForce();
    }

    @Override
    public synchronized Optional<Correction> correctionOf(CellRef cell) {
        List<Correction> inForce = state.correctionsInForce();
        for (int i = inForce.size() - 1; i >= 0; i--) {
            if (inForce.get(i).ref().equals(cell)) {
                return Optional.of(inForce.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized List<Correction> history() {
        return state.audit();
    }

    @Override
    public synchronized boolean canUndo() {
        return state.history().nextUndo().isPresent();
    }

    @Override
    public synchronized boolean canRedo() {
        return state.history().nextRedo().isPresent();
    }

    @Override
    public synchronized Optional<String> undoDescription() {
        return state.history().nextUndo().map(a -> ActionDescriptions.undo(a, original.template()));
    }

    @Override
    public synchronized Optional<String> redoDescription() {
        return state.history().nextRedo().map(a -> ActionDescriptions.redo(a, original.template()));
    }

    /** Does nothing when there is nothing to undo (as a menu item that is disabled). */
    @Override
    public synchronized void undo() {
        state.history().nextUndo().ifPresent(a ->
                commit(ReviewEvent.undo(reportId, nextSeq(), a.seq(), examiner.get(), clock.instant()), true));
    }

    /** Does nothing when there is nothing to redo. */
    @Override
    public synchronized void redo() {
        state.history().nextRedo().ifPresent(a ->
                commit(ReviewEvent.redo(reportId, nextSeq(), a.seq(), examiner.get(), clock.instant()), true));
    }

    @Override
    public synchronized ReviewStatus status() {
        return state.status();
    }

    @Override
    public synchronized void setStatus(ReviewStatus status) {
        Objects.requireNonNull(status, "status");
        if (status != state.status()) {
            commit(ReviewEvent.status(reportId, nextSeq(), status, examiner.get(), clock.instant()), false);
        }
    }

    private long nextSeq() {
        return state.lastSeq() + 1;
    }

    /** Steps the event (and, for the first edit of an unreviewed report, a move to 审核中) on, stores, then shows. */
    /** Opens this session read-only for the given reason (set once, before the session is handed out). */
    synchronized StoredReviewSession readOnly(SourceChangedException reason) {
        this.readOnly = reason;
        return this;
    }

    @Override
    public synchronized Optional<SourceChangedException> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    private void commit(ReviewEvent event, boolean edit) {
        if (readOnly != null) {
            throw readOnly;
        }
        List<ReviewEvent> events = new ArrayList<>(List.of(event));
        ReviewState next = EventReplay.next(state, event);
        if (edit && next.status() == ReviewStatus.UNREVIEWED) {
            ReviewEvent started = ReviewEvent.status(reportId, next.lastSeq() + 1, ReviewStatus.IN_REVIEW,
                    event.examiner(), event.at());
            events.add(started);
            next = EventReplay.next(next, started);
        }
        Report nextReport = CorrectionApplier.apply(original, next.correctionsInForce());
        List<Finding> nextFindings = List.copyOf(checker.check(nextReport));
        journal.record(reportId, events, next.status(), errorCount(nextFindings));
        state = next;
        current = nextReport;
        findings = nextFindings;
    }
}
