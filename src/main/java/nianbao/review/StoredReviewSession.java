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
 * <p>
 * Changes are made one at a time; reading never waits for one being stored (the window reads while its edits are
 * saved in the background) and always sees one whole state, the one before or the one after.
 */
final class StoredReviewSession implements ReviewSession {
    private final long reportId;
    private final String sourceHash;
    private final Report original;
    private final ReviewJournal journal;
    private final Checker checker;
    private final Supplier<String> examiner;
    private final Clock clock;
    private final Object writes = new Object();
    private final Season season;
    private final java.util.function.Consumer<StoredReviewSession> changed;
    private volatile PreviousYear previous;
    private volatile Shown shown;
    private volatile SourceChangedException readOnly;

    /** What the session shows: the review state, the report with its corrections applied, and its findings. */
    private record Shown(ReviewState state, Report current, List<Finding> findings) {
    }

    /**
     * {@code previous} is the same organ's previous year (null: none in the library); {@code changed} hears of
     * every change stored, so the report of the year after can be compared again.
     */
    StoredReviewSession(long reportId, String sourceHash, Report original, ReviewState state, ReviewJournal journal,
                        Checker checker, Season season, PreviousYear previous,
                        java.util.function.Consumer<StoredReviewSession> changed, Supplier<String> examiner,
                        Clock clock) {
        this.reportId = reportId;
        this.sourceHash = sourceHash;
        this.original = original;
        this.journal = journal;
        this.checker = checker;
        this.examiner = examiner;
        this.clock = clock;
        this.season = season;
        this.previous = previous;
        this.changed = changed;
        Report current = CorrectionApplier.apply(original, state.correctionsInForce());
        this.shown = new Shown(state, current, findingsOf(current));
    }

    /** The report's own findings, then those of its comparison with the previous year. */
    private List<Finding> findingsOf(Report report) {
        List<Finding> all = new ArrayList<>(checker.check(report));
        all.addAll(season.crossFindings(report, previous));
        return List.copyOf(all);
    }

    /** What the library keeps of the findings shown now. */
    nianbao.store.ReportSummary summary() {
        return Season.summary(shown.findings(), previous);
    }

    @Override
    public Optional<PreviousYear> previousYear() {
        return Optional.ofNullable(previous);
    }

    /**
     * The previous year changed (corrected, linked or unlinked, imported): compares with it again and stores the
     * library's summary.
     */
    void previousChanged(PreviousYear now) {
        synchronized (writes) {
            previous = now;
            Shown before = shown;
            shown = new Shown(before.state(), before.current(), findingsOf(before.current()));
            journal.summarise(reportId, summary());
        }
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
    public Report current() {
        return shown.current();
    }

    @Override
    public List<Finding> findings() {
        return shown.findings();
    }

    @Override
    public Optional<Correction> correct(CellRef cell, String newRaw, CorrectionKind kind, String note) {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(newRaw, "newRaw (\"\" for blank)");
        Objects.requireNonNull(kind, "kind");
        String typed = newRaw.strip();
        synchronized (writes) {
            Cell now = shown.current().tables().cell(cell);
            String oldRaw = now == null ? "" : now.raw();
            if (CellText.clean(oldRaw).equals(CellText.clean(typed))) {
                return Optional.empty();
            }
            commit(ReviewEvent.correct(reportId, nextSeq(), cell, oldRaw, typed, kind, note, examiner.get(),
                    clock.instant()), true);
            List<Correction> audit = shown.state().audit();
            return Optional.of(audit.get(audit.size() - 1));
        }
    }

    @Override
    public void resolve(FindingKey finding, Resolution resolution, String note) {
        Objects.requireNonNull(finding, "finding");
        synchronized (writes) {
            FindingResolution now = shown.state().resolutions().get(finding);
            boolean unchanged = now == null ? resolution == null
                    : now.resolution() == resolution && Objects.equals(now.note(), note);
            if (!unchanged) {
                commit(ReviewEvent.resolve(reportId, nextSeq(), finding, resolution, note, examiner.get(),
                        clock.instant()), true);
            }
        }
    }

    @Override
    public Map<FindingKey, FindingResolution> resolutions() {
        return shown.state().resolutions();
    }

    @Override
    public List<Correction> corrections() {
        return shown.state().correctionsInForce();
    }

    @Override
    public Optional<Correction> correctionOf(CellRef cell) {
        List<Correction> inForce = shown.state().correctionsInForce();
        for (int i = inForce.size() - 1; i >= 0; i--) {
            if (inForce.get(i).ref().equals(cell)) {
                return Optional.of(inForce.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Correction> history() {
        return shown.state().audit();
    }

    @Override
    public boolean canUndo() {
        return shown.state().history().nextUndo().isPresent();
    }

    @Override
    public boolean canRedo() {
        return shown.state().history().nextRedo().isPresent();
    }

    @Override
    public Optional<String> undoDescription() {
        return shown.state().history().nextUndo().map(a -> ActionDescriptions.undo(a, original.template()));
    }

    @Override
    public Optional<String> redoDescription() {
        return shown.state().history().nextRedo().map(a -> ActionDescriptions.redo(a, original.template()));
    }

    /** Does nothing when there is nothing to undo (as a menu item that is disabled). */
    @Override
    public void undo() {
        synchronized (writes) {
            shown.state().history().nextUndo().ifPresent(a ->
                    commit(ReviewEvent.undo(reportId, nextSeq(), a.seq(), examiner.get(), clock.instant()), true));
        }
    }

    /** Does nothing when there is nothing to redo. */
    @Override
    public void redo() {
        synchronized (writes) {
            shown.state().history().nextRedo().ifPresent(a ->
                    commit(ReviewEvent.redo(reportId, nextSeq(), a.seq(), examiner.get(), clock.instant()), true));
        }
    }

    @Override
    public ReviewStatus status() {
        return shown.state().status();
    }

    @Override
    public void setStatus(ReviewStatus status) {
        Objects.requireNonNull(status, "status");
        synchronized (writes) {
            if (status != shown.state().status()) {
                commit(ReviewEvent.status(reportId, nextSeq(), status, examiner.get(), clock.instant()), false);
            }
        }
    }

    private long nextSeq() {
        return shown.state().lastSeq() + 1;
    }

    /** Opens this session read-only for the given reason (set once, before the session is handed out). */
    StoredReviewSession readOnly(SourceChangedException reason) {
        this.readOnly = reason;
        return this;
    }

    @Override
    public Optional<SourceChangedException> readOnly() {
        return Optional.ofNullable(readOnly);
    }

    /**
     * Steps the event (and, for the first edit of an unreviewed report, a move to 审核中) on, stores, then shows;
     * called holding {@code writes}.
     */
    private void commit(ReviewEvent event, boolean edit) {
        if (readOnly != null) {
            throw readOnly;
        }
        List<ReviewEvent> events = new ArrayList<>(List.of(event));
        ReviewState next = EventReplay.next(shown.state(), event);
        if (edit && next.status() == ReviewStatus.UNREVIEWED) {
            ReviewEvent started = ReviewEvent.status(reportId, next.lastSeq() + 1, ReviewStatus.IN_REVIEW,
                    event.examiner(), event.at());
            events.add(started);
            next = EventReplay.next(next, started);
        }
        Report nextReport = CorrectionApplier.apply(original, next.correctionsInForce());
        List<Finding> nextFindings = findingsOf(nextReport);
        journal.record(reportId, events, next.status(), Season.summary(nextFindings, previous));
        shown = new Shown(next, nextReport, nextFindings);
        changed.accept(this);
    }
}
