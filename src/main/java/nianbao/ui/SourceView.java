package nianbao.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nianbao.model.Box;
import nianbao.model.Span;


/**
 * The left-hand pane: the report's extracted text (and, for a PDF, its rendered pages), showing where the selected
 * cell or finding was read; clicking a number in the text selects the cell it became.
 */
final class SourceView extends TabPane {
    private final TextArea text = new TextArea();
    private final Tab textTab = new Tab(I18n.t("source.text"), text);
    private final Tab pagesTab = new Tab(I18n.t("source.pages"));
    private final ChangeListener<Span> spanListener = (obs, old, span) -> showSpan(span);
    private final ChangeListener<Box> boxListener = (obs, old, box) -> showBox(box);
    private final java.util.concurrent.Executor pageLane;
    private PageView pages;
    private ReportViewModel model;

    /** {@code pageLane} renders a PDF's pages, one thing at a time. */
    SourceView(java.util.concurrent.Executor pageLane) {
        this.pageLane = pageLane;
        getStyleClass().add("source-view");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("source-text");
        text.setId("source-text");
        text.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (model != null && e.getButton() == MouseButton.PRIMARY && text.getSelection().getLength() == 0) {
                model.selection().selectAtOffset(text.getCaretPosition());
            }
        });
        getTabs().add(textTab);
    }

    /**
     * Shows another report; {@code document} gives the bytes of its document to render its pages from (called in the
     * background), for a PDF or a document with page images read by OCR.
     */
    void show(ReportViewModel newModel, java.util.concurrent.Callable<byte[]> document) {
        if (model != null) {
            model.selection().spanProperty().removeListener(spanListener);
            model.selection().boxProperty().removeListener(boxListener);
        }
        closePages();
        model = newModel;
        text.setText(newModel == null ? "" : newModel.sourceText());
        text.positionCaret(0);
        text.setScrollTop(0);
        if (newModel == null) {
            return;
        }
        newModel.selection().spanProperty().addListener(spanListener);
        newModel.selection().boxProperty().addListener(boxListener);
        if (newModel.hasPages() && document != null) {
            pages = new PageView(document, newModel.sourceFormat(), pageLane);
            pagesTab.setContent(pages);
            getTabs().add(pagesTab);
        }
    }

    /** The text range now highlighted (tests read it). */
    javafx.scene.control.IndexRange textSelection() {
        return text.getSelection();
    }

    TextArea textArea() {
        return text;
    }

    void closePages() {
        if (pages != null) {
            pages.close();
            pages = null;
            pagesTab.setContent(null);
            getTabs().remove(pagesTab);
        }
    }

    private void showSpan(Span span) {
        if (span == null) {
            text.deselect();
            return;
        }
        int end = Math.min(span.end(), text.getLength());
        int start = Math.min(span.start(), end);
        text.selectRange(end, start);
        Platform.runLater(() -> scrollNearTop(start));
    }

    /** Scrolls so the highlighted text sits a third of the way down, with its context above it. */
    private void scrollNearTop(int index) {
        if (text.getSkin() instanceof TextAreaSkin skin && index <= text.getLength()) {
            Rectangle2D bounds = skin.getCharacterBounds(index);
            text.setScrollTop(Math.max(0, text.getScrollTop() + bounds.getMinY() - text.getHeight() / 3));
        }
    }

    private void showBox(Box box) {
        if (pages != null) {
            pages.showBox(box);
        }
    }
}
