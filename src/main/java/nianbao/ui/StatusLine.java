package nianbao.ui;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The status bar: what is being opened (with a progress bar), then the report's review status and the examiner. */
final class StatusLine extends StatusBar {
    private final Label reviewStatus = new Label();
    private final Label examiner = new Label();

    StatusLine() {
        setText(I18n.t("status.ready"));
        reviewStatus.setId("review-status");
        reviewStatus.getStyleClass().add("review-status");
        getRightItems().addAll(reviewStatus, examiner);
    }

    /** Shows a background task's message and progress while it runs. */
    void track(Task<?> task) {
        textProperty().bind(task.messageProperty());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                textProperty().unbind();
                setProgress(0);
                setText(switch (state) {
                    case SUCCEEDED -> I18n.t("status.opened", task.getTitle());
                    case FAILED -> I18n.t("status.failed", task.getTitle());
                    default -> I18n.t("status.ready");
                });
            }
        });
        setProgress(-1);
    }

    void show(ReportViewModel model, String examinerName) {
        reviewStatus.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("status.review", DisplayNames.status(model.statusProperty().get())),
                model.statusProperty()));
        setExaminer(examinerName);
    }

    void setExaminer(String name) {
        examiner.setText(I18n.t("status.examiner", name));
    }
}
