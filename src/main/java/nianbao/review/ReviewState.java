package nianbao.review;

import nianbao.model.Correction;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.ReviewStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the review of one report stands, as an immutable value: the undo history, every correction ever made (the
 * audit trail), the resolutions in force, the status, and the number of the last event that led here.
 */
record ReviewState(UndoHistory history, List<Correction> audit, Map<FindingKey, FindingResolution> resolutions,
                   ReviewStatus status, long lastSeq) {
    ReviewState {
        audit = List.copyOf(audit);
        resolutions = Collections.unmodifiableMap(new LinkedHashMap<>(resolutions));
    }

    static ReviewState initial() {
        return new ReviewState(UndoHistory.empty(), List.of(), Map.of(), ReviewStatus.UNREVIEWED, 0);
    }

    /** The corrections not undone, in the order they were made. */
    List<Correction> correctionsInForce() {
        return history.done().stream()
                .filter(ReviewAction.CellChange.class::isInstance)
                .map(a -> ((ReviewAction.CellChange) a).correction())
                .toList();
    }

    ReviewState withHistory(UndoHistory next, long seq) {
        return new ReviewState(next, audit, resolutions, status, seq);
    }

    ReviewState withAudit(Correction correction) {
        List<Correction> next = new ArrayList<>(audit);
        next.add(correction);
        return new ReviewState(history, next, resolutions, status, lastSeq);
    }

    /** With the finding's resolution set, or removed when {@code resolution} is null. */
    ReviewState withResolution(FindingKey finding, FindingResolution resolution) {
        Map<FindingKey, FindingResolution> next = new LinkedHashMap<>(resolutions);
        if (resolution == null) {
            next.remove(finding);
        } else {
            next.put(finding, resolution);
        }
        return new ReviewState(history, audit, next, status, lastSeq);
    }

    ReviewState withStatus(ReviewStatus next, long seq) {
        return new ReviewState(history, audit, resolutions, next, seq);
    }
}
