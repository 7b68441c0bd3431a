package nianbao.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

import java.util.function.Supplier;

/**
 * The status bar: what is being done in the background (with a progress bar, and a cancel button for what can be
 * cancelled), then the report's review status and the examiner.
 */
final class StatusLine extends StatusBar {
    static final String CANCEL_ID = "status-cancel";

    private final Label reviewStatus = new Label();
    private final Label examiner = new Label();
    /** Says that some of the report was read from page images, so its flagged values want a look at the page. */
    private final Label ocr = new Label();
    private final Button cancel = new Button(I18n.t("status.cancel"));
    private BackgroundTask<?> tracked;

    StatusLine() {
        setText(I18n.t("status.ready"));
        reviewStatus.setId("review-status");
        reviewStatus.getStyleClass().add("review-status");
        cancel.setId(CANCEL_ID);
        cancel.getStyleClass().add("status-cancel");
        cancel.setVisible(false);
        cancel.setManaged(false);
        getLeftItems().add(cancel);
        ocr.setId("status-ocr");
        ocr.getStyleClass().add("status-ocr");
        ocr.setVisible(false);
        ocr.setManaged(false);
        ocr.setTooltip(new javafx.scene.control.Tooltip(I18n.t("status.ocr.tooltip")));
        getRightItems().addAll(ocr, reviewStatus, examiner);
    }

    /** Shows an open while it runs, with a button that runs {@code cancelIt}; then whether it was opened. */
    void track(BackgroundTask<?> task, Runnable cancelIt) {
        track(task, () -> I18n.t("status.opened", task.title()), () -> I18n.t("status.failed", task.title()));
        cancel.setOnAction(e -> cancelIt.run());
        cancel.setVisible(true);
        cancel.setManaged(true);
    }

    /** Shows a background task's message and progress while it runs, then what {@code done} or {@code failed} says. */
    void track(BackgroundTask<?> task, Supplier<String> done, Supplier<String> failed) {
        tracked = task;
        cancel.setVisible(false);
        cancel.setManaged(false);
        textProperty().bind(task.messageProperty());
        progressProperty().bind(task.progressProperty());
        task.onFinished(outcome -> {
            if (tracked != task) {
                return; // a later task has the status line now
            }
            tracked = null;
            textProperty().unbind();
            progressProperty().unbind();
            setProgress(0);
            cancel.setVisible(false);
            cancel.setManaged(false);
            setText(switch (outcome) {
                case SUCCEEDED -> done.get();
                case FAILED -> failed.get();
                case CANCELLED -> I18n.t("status.cancelled", task.title());
            });
        });
    }

    void show(ReportViewModel model, String examinerName) {
        boolean read = model.session().original().ocr();
        ocr.setText(read ? I18n.t("status.ocr") : "");
        ocr.setVisible(read);
        ocr.setManaged(read);
        reviewStatus.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("status.review", DisplayNames.status(model.statusProperty().get())),
                model.statusProperty()));
        setExaminer(examinerName);
    }

    void setExaminer(String name) {
        examiner.setText(I18n.t("status.examiner", name));
    }
}
