package nianbao.ui;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The right-hand pane: the three tables laid out like the printed form, editable, coloured by their findings, above
 * a small bar choosing the kind and note of the next correction.
 */
final class TablesView extends BorderPane {
    private final VBox tables = new VBox();
    private final ScrollPane scroll = new ScrollPane(tables);
    private final ChoiceBox<CorrectionKind> kind = new ChoiceBox<>();
    private final TextField note = new TextField();
    private final List<TableGrid> grids = new ArrayList<>();
    private final Consumer<RuntimeException> onFailure;
    private final ChangeListener<Object> revisionListener = (obs, old, now) -> refresh();
    private final ChangeListener<Object> selectionListener = (obs, old, now) -> highlight();
    private final ListChangeListener<CellRef> findingCellsListener = change -> highlight();
    private ReportViewModel model;

    TablesView(Consumer<RuntimeException> onFailure) {
        this.onFailure = onFailure;
        getStyleClass().add("tables-view");
        tables.getStyleClass().add("tables");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        kind.getItems().setAll(CorrectionKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CorrectionKind k) {
                return k == null ? "" : DisplayNames.correctionKind(k);
            }

            @Override
            public CorrectionKind fromString(String s) {
                return null;
            }
        });
        kind.setId("correction-kind");
        note.setPromptText(I18n.t("tables.note.prompt"));
        note.setId("correction-note");
        HBox bar = new HBox(8, new Label(I18n.t("tables.kind")), kind, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("correction-bar");
        HBox.setHgrow(note, Priority.ALWAYS);
        setTop(bar);
        setCenter(scroll);
        setDisable(true);
    }

    /** Shows another report (or none). */
    void show(ReportViewModel newModel) {
        if (model != null) {
            grids.forEach(g -> g.fields().forEach(CellField::commitPending));
            model.revisionProperty().removeListener(revisionListener);
            model.selection().cellProperty().removeListener(selectionListener);
            model.selection().findingCells().removeListener(findingCellsListener);
            kind.valueProperty().unbindBidirectional(model.correctionKindProperty());
            note.textProperty().unbindBidirectional(model.correctionNoteProperty());
        }
        boolean sameForm = model != null && newModel != null && model.format() == newModel.format();
        model = newModel;
        setDisable(newModel == null);
        if (!sameForm) {
            build(newModel);
        }
        if (newModel == null) {
            return;
        }
        kind.valueProperty().bindBidirectional(newModel.correctionKindProperty());
        note.textProperty().bindBidirectional(newModel.correctionNoteProperty());
        newModel.revisionProperty().addListener(revisionListener);
        newModel.selection().cellProperty().addListener(selectionListener);
        newModel.selection().findingCells().addListener(findingCellsListener);
        refresh();
        highlight();
    }

    /** Lays the tables out for a report's format; a report in the same format as the last reuses them. */
    private void build(ReportViewModel newModel) {
        grids.clear();
        tables.getChildren().clear();
        if (newModel == null) {
            return;
        }
        for (TableSpec table : newModel.format().tables()) {
            TableGrid grid = new TableGrid("table-" + table.key(), actions);
            FormLayouts.fill(grid, table);
            Label title = new Label(CellLabels.tableTitle(newModel.format(), table));
            title.getStyleClass().add("table-title");
            tables.getChildren().addAll(title, grid);
            grids.add(grid);
        }
    }

    Optional<CellField> field(CellRef ref) {
        return grids.stream().flatMap(g -> g.field(ref).stream()).findFirst();
    }

    /** The cells' actions, on whichever report is shown when they happen. */
    private final CellActions actions = new CellActions() {
        @Override
        public void commit(CellField field, String text) {
            act(() -> model.commit(field.ref(), text));
        }

        @Override
        public void focused(CellRef ref) {
            model.selection().selectCell(ref);
        }

        @Override
        public void revert(CellRef ref) {
            act(() -> model.revert(ref));
        }

        @Override
        public boolean isCorrected(CellRef ref) {
            return model.isCorrected(ref);
        }
    };

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }

    private void refresh() {
        grids.forEach(g -> g.refresh(model));
    }

    private void highlight() {
        CellRef selected = model.selection().cellProperty().get();
        grids.forEach(g -> g.highlight(selected, model.selection().findingCells()));
        if (selected != null) {
            field(selected).ifPresent(this::reveal);
        }
    }

    /** Scrolls a cell that is not fully in view to the middle of the view, so its row and column titles show. */
    private void reveal(Node node) {
        Bounds content = tables.getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        Bounds bounds = tables.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double hidden = content.getHeight() - viewport.getHeight();
        if (bounds == null || hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        if (bounds.getMinY() < top || bounds.getMaxY() > top + viewport.getHeight()) {
            double centred = bounds.getMinY() - (viewport.getHeight() - bounds.getHeight()) / 2;
            scroll.setVvalue(Math.max(0, Math.min(1, centred / hidden)));
        }
    }
}
