package nianbao.ui;

import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import nianbao.model.Box;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The rendered pages of a report (a PDF's pages, or its page images read by OCR) in a virtualised list (only visible pages are rendered, a few are cached),
 * with the box of the selected value outlined.
 */
final class PageView extends ListView<Integer> {
    private static final float RENDER_SCALE = 1.5f;
    private static final int CACHED_PAGES = 6;

    private final PageRenderer renderer;
    private final Map<Integer, Image> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    /** Goes up whenever what the pages show changes (a page rendered, the box, the width); cells redraw then. */
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private List<PageRenderer.PageSize> sizes = List.of();
    private Box box;

    PageView(java.util.concurrent.Callable<byte[]> document, String sourceFormat, java.util.concurrent.Executor lane) {
        renderer = new PageRenderer(document, sourceFormat, lane);
        getStyleClass().add("page-view");
        setPlaceholder(new Label(I18n.t("source.pages.loading")));
        setCellFactory(list -> new PageCell());
        renderer.open().whenComplete((pageSizes, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                setPlaceholder(new Label(I18n.t("source.pages.failed")));
                return;
            }
            sizes = pageSizes;
            setItems(FXCollections.observableArrayList(IntStream.range(0, pageSizes.size()).boxed().toList()));
            showBox(box);
        }));
        widthProperty().addListener((obs, old, now) -> redraw());
    }

    /** Outlines a value's box and scrolls so it sits a third of the way down the view. */
    void showBox(Box newBox) {
        box = newBox;
        redraw();
        int index = newBox == null ? -1 : indexOf(newBox.page());
        if (index >= 0) {
            scrollTo(index);
            double scale = pageWidth() / sizes.get(index).width();
            Platform.runLater(() -> {
                if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    flow.scrollPixels(newBox.y() * scale - getHeight() / 3);
                }
            });
        }
    }

    /** Where in the list the page its boxes number {@code number} is; -1 when the report has no such page. */
    private int indexOf(int number) {
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i).number() == number) {
                return i;
            }
        }
        return -1;
    }

    private void redraw() {
        revision.set(revision.get() + 1);
    }

    /** The width pages are shown at: the list's width less room for the scroll bar. */
    private double pageWidth() {
        return Math.max(100, getWidth() - 40);
    }

    void close() {
        renderer.close();
    }

    /** One page: its image scaled to the list's width and an overlay for the outlined box. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView image = new ImageView();
        private final Pane overlay = new Pane();
        private final StackPane page = new StackPane(image, overlay);

        PageCell() {
            image.setPreserveRatio(true);
            page.getStyleClass().add("page");
            revision.addListener((obs, old, now) -> show(isEmpty() ? null : getItem()));
        }

        /** As tall as the page: the theme gives list cells a fixed height meant for one line of text. */
        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width)
                    : page.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            show(empty ? null : index);
        }

        private void show(Integer index) {
            if (index == null || index >= sizes.size()) {
                setGraphic(null);
                return;
            }
            PageRenderer.PageSize size = sizes.get(index);
            double width = pageWidth();
            double scale = width / size.width();
            image.setFitWidth(width);
            page.setPrefSize(width, size.height() * scale);
            page.setMaxSize(width, size.height() * scale);
            overlay.getChildren().clear();
            if (box != null && box.page() == size.number()) {
                Rectangle r = new Rectangle(box.x() * scale - 2, box.y() * scale - 2,
                        box.width() * scale + 4, box.height() * scale + 4);
                r.getStyleClass().add("page-box");
                overlay.getChildren().add(r);
            }
            Image cached = cache.get(index);
            image.setImage(cached);
            if (cached == null && pending.add(index)) {
                renderer.render(index, RENDER_SCALE).thenAccept(img -> Platform.runLater(() -> {
                    pending.remove(index);
                    cache.put(index, img);
                    redraw();
                }));
            }
            setGraphic(page);
        }
    }
}
