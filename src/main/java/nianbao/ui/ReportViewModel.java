package nianbao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.review.ReviewSession;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of one report under review as the window shows it — cells and their marks, findings, what is selected,
 * undo/redo labels, review status — and the examiner's actions on it; all of it testable without a stage.
 * <p>
 * Every action is saved to the store in the executor's {@link TaskExecutor.Lane#EDITS} lane, in the order made, so
 * the window never waits on the disk; a corrected value shows at once and its marks and findings follow when it is
 * saved. An action the store refuses is undone on screen and handed, with what it was, to the failure handler, and
 * kept in {@link #unsavedEdits()}.
 */
public final class ReportViewModel {
    private final ReviewSession session;
    private final FormatSpec format;
    private final SourceLinks links;

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> shownFindings = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<ReviewStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<CorrectionKind> correctionKind = new SimpleObjectProperty<>(CorrectionKind.PARSE_ERROR);
    private final StringProperty correctionNote = new SimpleStringProperty("");
    private final Selection selection;
    private final TaskExecutor executor;
    private final Consumer<EditNotSavedException> editFailed;
    private final Map<CellRef, String> pending = new HashMap<>();
    private final List<EditNotSavedException> unsaved = new CopyOnWriteArrayList<>();
    private Map<CellRef, nianbao.check.SumSuggestions.Suggestion> suggestions = Map.of();
    private CellMarks marks;

    /** Shows the session; edits are saved through {@code executor}, and one not saved is handed to {@code editFailed}. */
    ReportViewModel(ReviewSession session, TaskExecutor executor, Consumer<EditNotSavedException> editFailed) {
        this.session = session;
        this.executor = executor;
        this.editFailed = editFailed;
        this.format = Formats.of(session.original().template());
        this.links = new SourceLinks(session);
        this.selection = new Selection(links, format);
        refresh();
    }

    public ReviewSession session() {
        return session;
    }

    public FormatSpec format() {
        return format;
    }

    /** The window title: 年报审查 — organ year. */
    public String title() {
        Report r = session.original();
        String organ = r.organ() != null ? r.organ() : fileName(r.file());
        return r.year() == null ? I18n.t("window.title.organ", organ) : I18n.t("window.title.report", organ, r.year());
    }

    /** The text the report was read from, which every span points into. */
    public String sourceText() {
        return session.original().text();
    }

    public boolean isPdf() {
        return "pdf".equalsIgnoreCase(session.original().sourceFormat());
    }

    /** The kind of document the report was read from (pdf, docx, html, image, …). */
    public String sourceFormat() {
        return session.original().sourceFormat();
    }

    /** Whether the report has pages to show: a PDF's, or page images it was read from by OCR. */
    public boolean hasPages() {
        return isPdf() || session.original().ocr() && nianbao.extract.PageImages.applies(sourceFormat());
    }

    // --- cells -------------------------------------------------------------------------------------------------------

    /** The cell's printed text as now in force, or as just typed while that is being saved ("" for a cell the report lacks). */
    public String cellText(CellRef ref) {
        String typed = pending.get(ref);
        if (typed != null) {
            return typed;
        }
        Cell cell = session.current().tables().cell(ref);
        return cell == null ? "" : cell.raw().strip();
    }

    public Set<CellMark> cellMarks(CellRef ref) {
        return marks.of(ref);
    }

    /** What hovering a cell tells: the findings naming it, and for a corrected cell its original value and note. */
    public Optional<String> cellTooltip(CellRef ref) {
        return CellTooltips.of(session, marks.findingsOf(ref), ref);
    }

    /**
     * Commits the examiner's edit of a cell with the current correction kind and note; returns whether it is a change
     * (typing the value the cell already has changes nothing). The value shows at once and is saved in the background.
     */
    public boolean commit(CellRef ref, String text) {
        String newRaw = text == null ? "" : text.strip();
        if (newRaw.equals(cellText(ref)) && session.current().tables().cell(ref) != null) {
            return false;
        }
        refuseIfReadOnly();
        CorrectionKind kind = correctionKind.get();
        String note = correctionNote.get().strip();
        correctionNote.set("");
        pending.put(ref, newRaw);
        revision.set(revision.get() + 1);
        save(I18n.t("edit.correct", CellLabels.of(format, ref), newRaw.isEmpty() ? I18n.t("edit.blank") : newRaw),
                () -> session.correct(ref, newRaw, kind, note),
                () -> pending.remove(ref, newRaw));
        return true;
    }

    /** Puts the cell back to the value the report printed. */
    public boolean revert(CellRef ref) {
        Cell original = session.original().tables().cell(ref);
        return commit(ref, original == null ? "" : original.raw());
    }

    public boolean isCorrected(CellRef ref) {
        return session.correctionOf(ref).isPresent();
    }

    // --- findings ----------------------------------------------------------------------------------------------------

    public ObservableList<Finding> findings() {
        return shownFindings;
    }

    public Optional<FindingResolution> resolutionOf(Finding finding) {
        return Optional.ofNullable(session.resolutions().get(FindingKey.of(finding)));
    }

    /** Marks a finding resolved with a note, or clears its resolution when {@code resolution} is null. */
    public void resolve(Finding finding, Resolution resolution, String note) {
        refuseIfReadOnly();
        String text = note == null ? "" : note.strip();
        save(I18n.t("edit.resolve", finding.rule(), findingPlace(finding)),
                () -> session.resolve(FindingKey.of(finding), resolution, text), () -> { });
    }

    /** The human name of the cell a finding concerns, e.g. 规章 · 本年废止件数. */
    public String findingPlace(Finding finding) {
        if (finding.table() == null) {
            return "";
        }
        return CellLabels.of(format, new CellRef(finding.table(), finding.row(), finding.column()));
    }

    /**
     * For a cross-year finding: last year's cells it compares with, beside this year's, e.g. 2021年 安阳县人民政府：
     * 四、结转下年度继续办理 · 总计 = 2 ｜ 本年 二、上年结转政府信息公开申请数量 · 总计 = 1; for text.repetition the rate.
     * Empty for any other finding, or when the previous year is not in the library.
     */
    public Optional<String> previousYearText(Finding finding) {
        if (finding == null || !nianbao.check.CrossYearChecker.RULES.contains(finding.rule())) {
            return Optional.empty();
        }
        return session.previousYear().map(previous -> {
            String who = I18n.t("crossYear.previous", previous.stored().year() == null ? "?"
                            : String.valueOf(previous.stored().year()),
                    previous.stored().organ() == null ? "" : previous.stored().organ());
            if (nianbao.check.CrossYearChecker.REPETITION.equals(finding.rule())) {
                return who + I18n.t("crossYear.repetition", Math.round(previous.repetition().rate() * 100),
                        previous.repetition().copiedSentences(), previous.repetition().sentences());
            }
            StringBuilder text = new StringBuilder(who);
            for (CellRef ref : nianbao.check.CrossYearChecker.previousCells(finding)) {
                Cell cell = previous.tables().tables().cell(ref);
                text.append(I18n.t("crossYear.cell", CellLabels.of(format, ref), cell == null ? "—" : cell.display()));
            }
            for (CellRef ref : finding.cells()) {
                text.append(I18n.t("crossYear.now", CellLabels.of(format, ref), cellText(ref)));
            }
            return text.toString();
        });
    }

    /**
     * What the form's sums say an uncertain value of the finding should read ({@link nianbao.check.SumSuggestions}):
     * only for a value.uncertain finding whose cell has such a reading.
     */
    public Optional<nianbao.check.SumSuggestions.Suggestion> suggestionFor(Finding finding) {
        if (finding == null || !nianbao.check.UncertainValueRule.ID.equals(finding.rule()) || finding.row() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(suggestions.get(new CellRef(finding.table(), finding.row(), finding.column())));
    }

    /** Takes the sums' reading for the cell as the examiner's correction (a parse error, noted as a suggestion). */
    public boolean acceptSuggestion(nianbao.check.SumSuggestions.Suggestion suggestion) {
        correctionNote.set(I18n.t("suggestion.note"));
        correctionKind.set(CorrectionKind.PARSE_ERROR);
        return commit(suggestion.cell(), suggestion.value().toPlainString());
    }

    /** The library id of the same organ's previous year, when the library has it. */
    public java.util.OptionalLong previousReportId() {
        return session.previousYear().map(p -> java.util.OptionalLong.of(p.stored().id()))
                .orElse(java.util.OptionalLong.empty());
    }

    // --- selection ---------------------------------------------------------------------------------------------------

    public Selection selection() {
        return selection;
    }

    // --- history and status ------------------------------------------------------------------------------------------

    /** Undoes the last action in force when this one is saved (so after every edit made before it). */
    public void undo() {
        if (canUndo.get() || !pending.isEmpty()) {
            refuseIfReadOnly();
            save(undoText.get(), session::undo, () -> { });
        }
    }

    public void redo() {
        if (canRedo.get()) {
            refuseIfReadOnly();
            save(redoText.get(), session::redo, () -> { });
        }
    }

    public void setStatus(ReviewStatus newStatus) {
        if (newStatus != null && newStatus != status.get()) {
            refuseIfReadOnly();
            status.set(newStatus);
            save(I18n.t("edit.status", DisplayNames.status(newStatus)), () -> session.setStatus(newStatus), () -> { });
        }
    }

    /** The edits the store refused, oldest first (the window tells of them again on quitting). */
    public List<EditNotSavedException> unsavedEdits() {
        return List.copyOf(unsaved);
    }

    /**
     * Saves an action in the edits lane; then, on the window's thread, {@code settle} (dropping what was shown in
     * advance) and a refresh from the session, which has the action exactly when the store has it.
     */
    private void save(String what, Runnable action, Runnable settle) {
        executor.execute(TaskExecutor.Lane.EDITS, BackgroundTask.of(what, () -> {
                    try {
                        action.run();
                        return null;
                    } catch (RuntimeException | Error e) {
                        EditNotSavedException notSaved = EditNotSavedException.logged(what, e);
                        unsaved.add(notSaved);
                        throw notSaved;
                    }
                })
                .onSucceeded(nothing -> {
                    settle.run();
                    refresh();
                })
                .onFailed(e -> {
                    settle.run();
                    refresh();
                    editFailed.accept(e instanceof EditNotSavedException notSaved ? notSaved
                            : EditNotSavedException.logged(what, e));
                }));
    }

    private void refuseIfReadOnly() {
        session.readOnly().ifPresent(reason -> {
            throw reason;
        });
    }

    public ReadOnlyObjectProperty<ReviewStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ObjectProperty<CorrectionKind> correctionKindProperty() {
        return correctionKind;
    }

    /** The note attached to the next correction; cleared once a correction is made. */
    public StringProperty correctionNoteProperty() {
        return correctionNote;
    }

    /** Goes up by one after every change, so views know to redraw cells. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Reads everything back from the session after a change: report, findings, marks, history, status. */
    private void refresh() {
        Report current = session.current();
        List<Finding> sorted = session.findings().stream()
                .sorted(Comparator.comparing(Finding::severity)).toList();
        marks = new CellMarks(current, sorted, session.corrections());
        suggestions = nianbao.check.SumSuggestions.of(current);
        selection.afterChange(sorted);
        findings.setAll(sorted);
        status.set(session.status());
        canUndo.set(session.canUndo());
        canRedo.set(session.canRedo());
        undoText.set(session.undoDescription().map(d -> I18n.t("menu.edit.undoWhat", d))
                .orElse(I18n.t("menu.edit.undo")));
        redoText.set(session.redoDescription().map(d -> I18n.t("menu.edit.redoWhat", d))
                .orElse(I18n.t("menu.edit.redo")));
        revision.set(revision.get() + 1);
    }

    private static String fileName(String file) {
        if (file == null) {
            return "";
        }
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
