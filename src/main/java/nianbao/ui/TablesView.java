package nianbao.ui;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nianbao.format.FormatSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
        tables.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::noteMenuTarget);
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

    /** Commits the value being typed, if any (before the window closes). */
    void commitEditing() {
        if (model != null) {
            editor.commit();
        }
    }

    private final Label loading = new Label();
    private final javafx.scene.layout.StackPane loadingPane = new javafx.scene.layout.StackPane(loading);

    {
        loading.getStyleClass().setAll("loading-message");
    }

    /**
     * While a report is being opened and none is shown yet, says so where its tables will be ({@code message} null:
     * it is no longer being opened).
     */
    void setLoading(String message) {
        loading.setText(message == null ? "" : message);
        scroll.setContent(message != null && model == null ? loadingPane : tables);
    }

    /** Shows another report (or none), from its top. */
    void show(ReportViewModel newModel) {
        if (model != null) {
            editor.commit();
            model.revisionProperty().removeListener(revisionListener);
            model.selection().cellProperty().removeListener(selectionListener);
            model.selection().findingCells().removeListener(findingCellsListener);
            kind.valueProperty().unbindBidirectional(model.correctionKindProperty());
            note.textProperty().unbindBidirectional(model.correctionNoteProperty());
        }
        boolean sameForm = model != null && newModel != null && model.format() == newModel.format();
        boolean another = newModel != model;
        model = newModel;
        scroll.setContent(tables);
        if (another) {
            // a new report starts at its top: the last one's scroll position could hide its only error
            scroll.setVvalue(0);
            scroll.setHvalue(0);
        }
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

    /**
     * Puts up the tables of a report's format. Each format's tables are laid out once and kept: a report in the same
     * format as the last keeps them in place, and going back and forth between the 2021 and 2019 forms (a season has
     * both) swaps the kept ones in rather than building two hundred cells again.
     */
    private void build(ReportViewModel newModel) {
        editor.detach();
        grids.clear();
        tables.getChildren().clear();
        if (newModel == null) {
            return;
        }
        LaidOut laidOut = laidOutForms.computeIfAbsent(newModel.format(), this::layOut);
        tables.getChildren().setAll(laidOut.nodes());
        grids.addAll(laidOut.grids());
    }

    /** One format's tables as laid out: titles and grids in order, and the grids. */
    private record LaidOut(List<Node> nodes, List<TableGrid> grids) {
    }

    private final Map<FormatSpec, LaidOut> laidOutForms = new HashMap<>();

    private LaidOut layOut(FormatSpec format) {
        List<Node> nodes = new ArrayList<>();
        List<TableGrid> laid = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            TableGrid grid = new TableGrid("table-" + table.key(), editor, menu);
            FormLayouts.fill(grid, table);
            Label title = new Label(CellLabels.tableTitle(format, table));
            title.getStyleClass().add("table-title");
            nodes.add(title);
            nodes.add(grid);
            laid.add(grid);
        }
        return new LaidOut(List.copyOf(nodes), List.copyOf(laid));
    }

    Optional<CellField> field(CellRef ref) {
        return grids.stream().flatMap(g -> g.field(ref).stream()).findFirst();
    }

    /** The cells' actions, on whichever report is shown when they happen. */
    private final CellActions actions = new CellActions() {
        @Override
        public void commit(CellField field, String text) {
            if (!keepsAsCorrection(text)) {
                return; // the examiner took it back: the cell shows its value again
            }
            act(() -> model.commit(field.ref(), text));
        }

        @Override
        public void focused(CellRef ref) {
            model.selection().selectCell(ref);
        }
    };

    /**
     * Asks whether text that is not a number (nor blank) is meant as the correction: a value such as {@code abc} is
     * kept only when the examiner confirms it, and then stays marked by its value.not_number error.
     */
    private java.util.function.Predicate<String> confirmNotNumber = text ->
            Dialogs.confirmNotNumber(getScene() == null ? null : getScene().getWindow(), text);

    /** For tests: what answers the question whether a text that is not a number is meant. */
    void setConfirmNotNumber(java.util.function.Predicate<String> confirm) {
        this.confirmNotNumber = confirm;
    }

    private boolean keepsAsCorrection(String text) {
        String typed = text == null ? "" : text.strip();
        return nianbao.model.CellText.kind(typed) != nianbao.model.CellText.Kind.TEXT || confirmNotNumber.test(typed);
    }

    /** The one context menu of the values: copy, paste, and putting back the value the report printed. */
    private final ContextMenu menu = cellMenu();
    private final CellEditor editor = new CellEditor(actions, menu);

    private ContextMenu cellMenu() {
        MenuItem copy = new MenuItem(I18n.t("cell.menu.copy"));
        copy.setOnAction(e -> {
            if (menuOnEditor && editor.cell() != null) {
                editor.copy();
            } else if (menuTarget() != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(menuTarget().getText());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        MenuItem paste = new MenuItem(I18n.t("cell.menu.paste"));
        paste.setOnAction(e -> {
            CellField target = menuTarget();
            if (target != null && target != editor.cell()) {
                target.requestFocus();
                editor.selectAll();
            }
            if (target != null) {
                editor.paste();
            }
        });
        MenuItem revert = new MenuItem(I18n.t("cell.menu.revert"));
        revert.setOnAction(e -> {
            CellField target = menuTarget();
            if (target != null) {
                act(() -> model.revert(target.ref()));
            }
        });
        ContextMenu cellMenu = new ContextMenu(copy, paste, new SeparatorMenuItem(), revert);
        cellMenu.setOnShowing(e -> revert.setDisable(menuTarget() == null || !model.isCorrected(menuTarget().ref())));
        return cellMenu;
    }

    /** The cell the context menu was opened on (on the editor: the cell being edited). */
    private CellField menuTarget() {
        return menuOnEditor ? editor.cell() : menuCell;
    }

    private CellField menuCell;
    private boolean menuOnEditor;

    /** Notes which cell (or the editor) a context menu is requested on, before the menu shows. */
    private void noteMenuTarget(ContextMenuEvent e) {
        Node n = e.getTarget() instanceof Node target ? target : null;
        while (n != null && !(n instanceof CellField) && n != editor) {
            n = n.getParent();
        }
        menuOnEditor = n == editor;
        menuCell = n instanceof CellField cell ? cell : null;
    }

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
