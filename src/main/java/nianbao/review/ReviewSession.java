package nianbao.review;

import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One report under review: the report as parsed and as corrected, its current findings, and the examiner's
 * corrections, finding resolutions and review status. Every change is stored before the method returns; undo and
 * redo move along the history (and are themselves recorded, so the history is never overwritten).
 */
public interface ReviewSession {
    /** The stored report's id in the library. */
    long reportId();

    /** SHA-256 of the source file's bytes, hex. */
    String sourceHash();

    /** The report as the parser read it. */
    Report original();

    /** The report with every correction in force applied. */
    Report current();

    /** The findings of the current report (re-checked after every change). */
    List<Finding> findings();

    /**
     * Sets the cell's printed text to {@code newRaw} ("" for blank) and re-checks; returns the stored correction.
     * Setting a cell back to the value it has is a no-op and returns empty.
     */
    Optional<Correction> correct(CellRef cell, String newRaw, CorrectionKind kind, String note);

    /** Marks a finding resolved (or, with {@code null}, clears its resolution), with a note. */
    void resolve(FindingKey finding, Resolution resolution, String note);

    /** Resolutions in force, by finding. */
    Map<FindingKey, FindingResolution> resolutions();

    /** Corrections in force, in the order they were made (undone ones left out). */
    List<Correction> corrections();

    /** The correction in force for a cell, if any. */
    Optional<Correction> correctionOf(CellRef cell);

    /** Every correction ever made to this report, undone ones included, oldest first (the audit trail). */
    List<Correction> history();

    boolean canUndo();

    boolean canRedo();

    /** What undo would undo, for the menu (e.g. 撤销更正 规章 本年废止件数：-1 → 0). */
    Optional<String> undoDescription();

    Optional<String> redoDescription();

    void undo();

    void redo();

    ReviewStatus status();

    void setStatus(ReviewStatus status);

    /**
     * Why this report is open read-only (its stored source changed since it was imported), or empty; a read-only
     * session refuses every change with a {@link SourceChangedException}.
     */
    default Optional<SourceChangedException> readOnly() {
        return Optional.empty();
    }

    /** The same organ's report of the previous year that this one is compared with, if the library has it. */
    default Optional<PreviousYear> previousYear() {
        return Optional.empty();
    }
}
