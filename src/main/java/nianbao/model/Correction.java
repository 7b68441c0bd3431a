package nianbao.model;

import java.time.Instant;

/**
 * One change the examiner made to a cell: the value before and after (as printed text, "" for blank), why, a note,
 * who and when. Corrections are never overwritten; undoing one is itself recorded.
 */
public record Correction(long id, CellRef ref, String oldRaw, String newRaw, CorrectionKind kind, String note,
                         String examiner, Instant at) {
}
