package nianbao.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import nianbao.model.BadInputException;

import java.util.Optional;
import java.util.concurrent.CompletionException;

/** The window's message boxes: a file that cannot be read, an unexpected failure (one line, never a stack trace). */
final class Dialogs {
    static final String BAD_INPUT_ID = "bad-input-dialog";
    static final String FAILURE_ID = "failure-dialog";

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

    /** Something failed that should not have: what and where in one line, so it can be reported. */
    static Alert failure(Window owner, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        StringBuilder line = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            line.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            line.append(" (").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber()).append(')');
        }
        Alert alert = alert(owner, Alert.AlertType.ERROR, I18n.t("dialog.failure.title"),
                I18n.t("dialog.failure.header"), line.toString());
        alert.getDialogPane().setId(FAILURE_ID);
        alert.show();
        return alert;
    }

    static void warning(Window owner, String header, String message) {
        alert(owner, Alert.AlertType.WARNING, I18n.t("dialog.warning.title"), header, message).show();
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
