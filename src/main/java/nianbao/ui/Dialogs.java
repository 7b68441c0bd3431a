package nianbao.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import nianbao.model.BadInputException;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/** The window's message boxes: unreadable files, failures (one line, never a stack trace), overwriting, summaries. */
final class Dialogs {
    static final String BAD_INPUT_ID = "bad-input-dialog";
    static final String FAILURE_ID = "failure-dialog";
    static final String OVERWRITE_ID = "overwrite-dialog";
    static final String BATCH_OVERWRITE_ID = "batch-overwrite-dialog";
    static final String SUMMARY_ID = "summary-dialog";
    static final String EXPORT_FAILED_ID = "export-failed-dialog";
    static final String NOT_SAVED_ID = "not-saved-dialog";

    private Dialogs() {
    }

    /** The file cannot be read as a report: the reader's own message in the UI language. */
    static Alert badInput(Window owner, String fileName, BadInputException e) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.badInput.title"),
                I18n.t("dialog.badInput.header", fileName), I18n.english() ? e.english() : e.chinese());
        alert.getDialogPane().setId(BAD_INPUT_ID);
        alert.show();
        return alert;
    }

    /** Says that the report is open read-only because its stored source changed since it was imported. */
    static Alert readOnly(Window owner, nianbao.review.SourceChangedException reason) {
        return show(alert(owner, Alert.AlertType.WARNING, I18n.t("dialog.readOnly.title"),
                I18n.t("dialog.readOnly.header"), Reasons.of(reason)));
    }

    private static Alert show(Alert alert) {
        alert.getDialogPane().setId(FAILURE_ID);
        alert.show();
        return alert;
    }

    /** Something failed that should not have: what and where in one line, so it can be reported. */
    static Alert failure(Window owner, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof nianbao.store.StoreException) {
            return show(alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.store.title"),
                    I18n.t("dialog.store.header"), Reasons.of(e)));
        }
        if (e instanceof nianbao.review.SourceChangedException changed) {
            return readOnly(owner, changed);
        }
        return show(alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.failure.title"),
                I18n.t("dialog.failure.header"), internalLine(e)));
    }

    /**
     * An edit the store refused: what it was and why, so the examiner can make it again. An edit refused for an
     * internal fault is logged like any other.
     */
    static Alert editNotSaved(Window owner, EditNotSavedException notSaved) {
        notSaved.markTold();
        Alert alert = alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.notSaved.title"),
                I18n.t("dialog.notSaved.header"),
                I18n.t("dialog.notSaved.content", notSaved.what(), reason(notSaved)));
        alert.getDialogPane().setId(NOT_SAVED_ID);
        alert.show();
        return alert;
    }

    /** On quitting: the edits that were not saved in this session, which are also in the log file. */
    static void notSavedOnQuit(Window owner, java.util.List<EditNotSavedException> notSaved) {
        StringBuilder lines = new StringBuilder();
        for (EditNotSavedException e : notSaved) {
            e.markTold();
            lines.append(e.what()).append(" — ").append(reason(e)).append('\n');
        }
        Alert alert = alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.notSaved.title"),
                I18n.t("dialog.notSavedOnQuit.header", notSaved.size()), lines.toString().strip());
        alert.getDialogPane().setId(NOT_SAVED_ID);
        alert.showAndWait();
    }

    /** Why an edit was not saved (the store's own words, or the fault's line) and the log file that keeps it. */
    private static String reason(EditNotSavedException notSaved) {
        Throwable e = notSaved.getCause();
        return (e instanceof nianbao.model.BilingualMessage ? Reasons.of(e) : oneLine(e))
                + nianbao.review.ErrorLog.pointer(notSaved.log());
    }

    /** A fault of the program in one line (what and where), pointing to the log file that has its stack trace. */
    private static String internalLine(Throwable e) {
        return oneLine(e) + nianbao.review.ErrorLog.pointer(nianbao.review.ErrorLog.record("in the window", e));
    }

    private static String oneLine(Throwable e) {
        StringBuilder line = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            line.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            line.append(" (").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber()).append(')');
        }
        return line.toString();
    }

    /** Asks whether to replace an existing file; true only when the examiner says yes. */
    static boolean confirmOverwrite(Window owner, java.nio.file.Path file) {
        ButtonType replace = new ButtonType(I18n.t("overwrite.replace"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(I18n.t("overwrite.keep"), ButtonBar.ButtonData.NO);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, I18n.t("overwrite.title"),
                I18n.t("overwrite.header", file.getFileName()), file.toString());
        alert.getButtonTypes().setAll(replace, keep);
        alert.getDialogPane().setId(OVERWRITE_ID);
        return alert.showAndWait().filter(replace::equals).isPresent();
    }

    /** Some of a batch's files exist: true to overwrite them all, false to skip them, empty to cancel the batch. */
    static Optional<Boolean> askBatchOverwrite(Window owner, int existing, String names) {
        ButtonType all = new ButtonType(I18n.t("overwrite.all"), ButtonBar.ButtonData.YES);
        ButtonType skip = new ButtonType(I18n.t("overwrite.skip"), ButtonBar.ButtonData.NO);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, I18n.t("overwrite.title"),
                I18n.t("overwrite.batch.header", existing), names);
        alert.getButtonTypes().setAll(all, skip, ButtonType.CANCEL);
        alert.getDialogPane().setId(BATCH_OVERWRITE_ID);
        return alert.showAndWait().filter(b -> b == all || b == skip).map(all::equals);
    }

    /** The end of a batch: a header counting what was done, and what failed with its reason. */
    static Alert summary(Window owner, String header, JobSummary summary) {
        String failures = summary.failureLines();
        Alert alert = alert(owner, summary.failures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                I18n.t("summary.title"), header, failures.isEmpty() ? I18n.t("summary.noFailures") : failures);
        alert.getDialogPane().setId(SUMMARY_ID);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    /** An export that could not be written, with the exporter's reason. */
    static Alert exportFailed(Window owner, java.nio.file.Path target, Throwable failure) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, I18n.t("export.failed.title"),
                I18n.t("export.failed.header", target.getFileName()), Reasons.of(failure));
        alert.getDialogPane().setId(EXPORT_FAILED_ID);
        alert.show();
        return alert;
    }

    static final String ABOUT_ID = "about-dialog";

    /** About the app: its version, what it reads with, where its review database is. */
    static Alert about(Window owner, String database) {
        String version = nianbao.read.ReaderVersion.current().map(v -> v.replaceFirst("\\+.*$", ""))
                .orElse(I18n.t("about.development"));
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, I18n.t("about.title"), I18n.t("about.header", version),
                I18n.t("about.text", database));
        alert.getDialogPane().setId(ABOUT_ID);
        alert.show();
        return alert;
    }

    static final String LANGUAGE_ID = "language-dialog";

    /** That the chosen language takes over at the next start — said in that language and in the one now shown. */
    static Alert languageOnRestart(Window owner, String code) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, I18n.t("language.title"), I18n.t("language.header"),
                code.equals("en") ? I18n.t("language.restart.en") : I18n.t("language.restart.zh"));
        alert.getDialogPane().setId(LANGUAGE_ID);
        alert.show();
        return alert;
    }

    static final String NOT_NUMBER_ID = "not-number-dialog";

    /** Whether the examiner means {@code text}, which is not a number, as a cell's correction. */
    static boolean confirmNotNumber(Window owner, String text) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, I18n.t("notNumber.title"),
                I18n.t("notNumber.header", text), I18n.t("notNumber.text"));
        alert.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setText(I18n.t("notNumber.keep"));
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        alert.getDialogPane().setId(NOT_NUMBER_ID);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    static void warning(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.WARNING, I18n.t("dialog.warning.title"), header, message).show();
    }

    /** Asks for a whole percentage from 1 to 100; empty when cancelled or not such a number. */
    static Optional<Integer> askPercent(Window owner, int current) {
        TextInputDialog dialog = new TextInputDialog(Integer.toString(current));
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("dialog.repetition.title"));
        dialog.setHeaderText(I18n.t("dialog.repetition.header"));
        dialog.setContentText(I18n.t("dialog.repetition.label"));
        inheritFontSize(owner, dialog.getDialogPane());
        return dialog.showAndWait().map(s -> s.replace("%", "").strip()).filter(s -> s.matches("\\d{1,3}"))
                .map(Integer::parseInt).filter(p -> p >= 1 && p <= 100);
    }

    static Optional<String> askExaminer(Window owner, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(owner);
        dialog.setTitle(I18n.t("dialog.examiner.title"));
        dialog.setHeaderText(I18n.t("dialog.examiner.header"));
        dialog.setContentText(I18n.t("dialog.examiner.label"));
        inheritFontSize(owner, dialog.getDialogPane());
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String header, String content) {
        Alert alert = new Alert(type, content, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        inheritFontSize(owner, alert.getDialogPane());
        return alert;
    }

    private static void inheritFontSize(Window owner, javafx.scene.Parent pane) {
        if (owner != null && owner.getScene() != null) {
            pane.setStyle(owner.getScene().getRoot().getStyle());
        }
    }
}
