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
        track(task, () -> I18n.t("status.opened", task.getTitle()), () -> I18n.t("status.failed", task.getTitle()));
    }

    /** Shows a background task's message and progress while it runs, then what {@code done} or {@code failed} says. */
    void track(Task<?> task, java.util.function.Supplier<String> done, java.util.function.Supplier<String> failed) {
        textProperty().bind(task.messageProperty());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                textProperty().unbind();
                setProgress(0);
                setText(switch (state) {
                    case SUCCEEDED -> done.get();
                    case FAILED -> failed.get();
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
