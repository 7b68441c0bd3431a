package nianbao.review;

import nianbao.model.Correction;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;

/**
 * An undoable action of the examiner, OpenRefine-style: a change that holds both its before and its after, so undo
 * and redo only swap them. {@code seq} is the number of the event that recorded it.
 */
sealed interface ReviewAction {
    long seq();

    /** A cell's printed text changed from {@code correction.oldRaw()} to {@code correction.newRaw()}. */
    record CellChange(long seq, Correction correction) implements ReviewAction {
    }

    /** A finding's resolution changed; either side null means "not resolved". */
    record ResolutionChange(long seq, FindingKey finding, FindingResolution before, FindingResolution after)
            implements ReviewAction {
    }
}
