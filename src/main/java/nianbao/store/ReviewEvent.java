package nianbao.store;

import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.FindingKey;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a report's append-only action log: a correction (cell, old and new printed text, kind), a finding
 * resolution (finding, resolution or null to clear it), a status change, or an undo/redo of the action numbered
 * {@code targetSeq}; each with its note, examiner and time. Fields that do not belong to the type are null.
 *
 * @param seq the action's number within its report, 1, 2, 3… in the order the examiner took them
 */
public record ReviewEvent(long reportId, long seq, EventType type, CellRef cell, String oldRaw, String newRaw,
                          CorrectionKind correctionKind, FindingKey finding, Resolution resolution,
                          ReviewStatus status, Long targetSeq, String note, String examiner, Instant at) {
    public ReviewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(examiner, "examiner");
        Objects.requireNonNull(at, "at");
    }

    public static ReviewEvent correct(long reportId, long seq, CellRef cell, String oldRaw, String newRaw,
                                      CorrectionKind kind, String note, String examiner, Instant at) {
        return new ReviewEvent(reportId, seq, EventType.CORRECT, Objects.requireNonNull(cell), oldRaw,
                Objects.requireNonNull(newRaw), Objects.requireNonNull(kind), null, null, null, null, note,
                examiner, at);
    }

    public static ReviewEvent resolve(long reportId, long seq, FindingKey finding, Resolution resolution,
                                      String note, String examiner, Instant at) {
        return new ReviewEvent(reportId, seq, EventType.RESOLVE, null, null, null, null,
                Objects.requireNonNull(finding), resolution, null, null, note, examiner, at);
    }

    public static ReviewEvent status(long reportId, long seq, ReviewStatus status, String examiner, Instant at) {
        return new ReviewEvent(reportId, seq, EventType.STATUS, null, null, null, null, null, null,
                Objects.requireNonNull(status), null, null, examiner, at);
    }

    public static ReviewEvent undo(long reportId, long seq, long targetSeq, String examiner, Instant at) {
        return new ReviewEvent(reportId, seq, EventType.UNDO, null, null, null, null, null, null, null, targetSeq,
                null, examiner, at);
    }

    public static ReviewEvent redo(long reportId, long seq, long targetSeq, String examiner, Instant at) {
        return new ReviewEvent(reportId, seq, EventType.REDO, null, null, null, null, null, null, null, targetSeq,
                null, examiner, at);
    }
}
