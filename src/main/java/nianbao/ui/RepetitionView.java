package nianbao.ui;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nianbao.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * This year's and last year's report side by side, the sentences this year copied from last year marked in both
 * (text.repetition): what an assessor deducts points for, where the examiner can see it.
 */
final class RepetitionView {
    static final String COPIED = "copied-sentence";

    private RepetitionView() {
    }

    /** Opens the view (its own window) over the two texts and the places of the copied sentences in each. */
    static Stage show(Window owner, String header, String nowTitle, String now, List<Span> copiedNow,
                      String beforeTitle, String before, List<Span> copiedBefore) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(I18n.t("repetition.title"));
        SplitPane sides = new SplitPane(side(nowTitle, now, copiedNow, "repetition-now"),
                side(beforeTitle, before, copiedBefore, "repetition-before"));
        Label top = new Label(header);
        top.setWrapText(true);
        top.setPadding(new Insets(8));
        top.setId("repetition-header");
        BorderPane root = new BorderPane(sides, top, null, null, null);
        Scene scene = new Scene(root, 1100, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    private static VBox side(String title, String text, List<Span> copied, String id) {
        Label label = new Label(title);
        label.getStyleClass().add("table-title");
        TextFlow flow = flow(text, copied);
        flow.setId(id);
        flow.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(flow);
        scroll.setFitToWidth(true);
        VBox box = new VBox(4, label, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(4, 8, 8, 8));
        return box;
    }

    /** The text as runs: plain, and copied (style class {@value #COPIED}) where a span says so. */
    static TextFlow flow(String text, List<Span> copied) {
        List<Span> spans = new ArrayList<>(copied);
        spans.sort(Comparator.comparingInt(Span::start));
        TextFlow flow = new TextFlow();
        int at = 0;
        for (Span span : spans) {
            int start = Math.max(at, Math.min(span.start(), text.length()));
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                flow.getChildren().add(new Text(text.substring(at, start)));
            }
            Text run = new Text(text.substring(start, end));
            run.getStyleClass().add(COPIED);
            flow.getChildren().add(run);
            at = end;
        }
        if (at < text.length()) {
            flow.getChildren().add(new Text(text.substring(at)));
        }
        return flow;
    }
}
