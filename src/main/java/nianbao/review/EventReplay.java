package nianbao.review;

import nianbao.model.Correction;
import nianbao.model.FindingResolution;
import nianbao.store.ReviewEvent;

import java.util.List;

/**
 * Turns a report's event log into its review state, one event at a time; the session takes the same step before it
 * stores a new event, so what the examiner saw and what a restart restores cannot differ.
 */
final class EventReplay {
    private EventReplay() {
    }

    static ReviewState replay(List<ReviewEvent> events) {
        ReviewState state = ReviewState.initial();
        for (ReviewEvent e : events) {
            state = next(state, e);
        }
        return state;
    }

    static ReviewState next(ReviewState s, ReviewEvent e) {
        long seq = e.seq();
        if (seq <= s.lastSeq()) {
            throw new IllegalStateException("event " + seq + " does not follow event " + s.lastSeq());
        }
        return switch (e.type()) {
            case CORRECT -> {
                Correction c = new Correction(seq, e.cell(), e.oldRaw(), e.newRaw(), e.correctionKind(), e.note(),
                        e.examiner(), e.at());
                yield s.withAudit(c).withHistory(s.history().record(new ReviewAction.CellChange(seq, c)), seq);
            }
            case RESOLVE -> {
                FindingResolution before = s.resolutions().get(e.finding());
                FindingResolution after = e.resolution() == null ? null
                        : new FindingResolution(e.finding(), e.resolution(), e.note(), e.examiner(), e.at());
                yield s.withResolution(e.finding(), after).withHistory(
                        s.history().record(new ReviewAction.ResolutionChange(seq, e.finding(), before, after)), seq);
            }
            case STATUS -> s.withStatus(e.status(), seq);
            case UNDO -> {
                ReviewAction action = target(s.history().nextUndo().orElse(null), e);
                ReviewState reverted = action instanceof ReviewAction.ResolutionChange r
                        ? s.withResolution(r.finding(), r.before()) : s;
                yield reverted.withHistory(s.history().undo(), seq);
            }
            case REDO -> {
                ReviewAction action = target(s.history().nextRedo().orElse(null), e);
                ReviewState reapplied = action instanceof ReviewAction.ResolutionChange r
                        ? s.withResolution(r.finding(), r.after()) : s;
                yield reapplied.withHistory(s.history().redo(), seq);
            }
        };
    }

    /** An undo or redo names the action it moves; anything else means the log was not written by this program. */
    private static ReviewAction target(ReviewAction next, ReviewEvent e) {
        if (next == null || e.targetSeq() == null || next.seq() != e.targetSeq()) {
            throw new IllegalStateException("event " + e.seq() + " (" + e.type().id() + " of " + e.targetSeq()
                    + ") does not match the history, whose next action is " + (next == null ? "none" : next.seq()));
        }
        return next;
    }
}
