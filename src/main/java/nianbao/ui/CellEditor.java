package nianbao.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The one text field the tables' values are typed in, laid over the {@link CellField} being edited (in the cell's
 * grid, right after it, so Tab and Shift+Tab go on to the neighbouring cells). An edit is committed on Enter, on Tab
 * and when the field loses focus; Escape puts back the value in force; Up and Down move to the cell above or below.
 */
final class CellEditor extends TextField {
    private final CellActions actions;
    private CellField cell;
    private String shown = "";

    CellEditor(CellActions actions, ContextMenu menu) {
        this.actions = actions;
        setId("cell-editor");
        setPrefColumnCount(4);
        setContextMenu(menu);
        focusedProperty().addListener((obs, was, focused) -> {
            if (cell == null) {
                return;
            }
            if (focused) {
                actions.focused(cell.ref());
            } else {
                commit();
                if (!isFocused()) {
                    detach();
                }
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (cell == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                setText(shown);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                commit();
            } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                if (cell.getParent() instanceof TableGrid grid) {
                    grid.below(cell, e.getCode() == KeyCode.UP ? -1 : 1).ifPresent(next -> {
                        next.requestFocus();
                        selectAll();
                    });
                }
                e.consume();
            }
        });
    }

    /** The cell being edited, or null. */
    CellField cell() {
        return cell;
    }

    /** Whether the examiner has typed something not yet committed. */
    boolean isDirty() {
        return cell != null && !getText().equals(shown);
    }

    /** Lays the editor over {@code target} and gives it the focus. */
    void edit(CellField target) {
        if (cell != target) {
            commit();
            detach();
            if (!(target.getParent() instanceof TableGrid grid)) {
                return;
            }
            cell = target;
            shown = target.getText() == null ? "" : target.getText();
            setText(shown);
            Bindings.bindContent(getStyleClass(), target.getStyleClass());
            tooltipProperty().bind(target.tooltipProperty());
            GridPane.setConstraints(this, GridPane.getColumnIndex(target), GridPane.getRowIndex(target),
                    GridPane.getColumnSpan(target) == null ? 1 : GridPane.getColumnSpan(target), 1);
            GridPane.setHgrow(this, Priority.SOMETIMES);
            GridPane.setFillWidth(this, true);
            GridPane.setFillHeight(this, true);
            setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            setMinWidth(0);
            setPrefWidth(0);
            target.setFocusTraversable(false);
            grid.getChildren().add(grid.getChildren().indexOf(target) + 1, this);
        }
        requestFocus();
    }

    /** The cell's value in force is about to change: an edit in progress is left alone, otherwise shown. */
    void shownChanging(CellField target, String text) {
        if (target == cell) {
            boolean editing = isFocused() && isDirty();
            shown = text;
            if (!editing) {
                setText(text);
            }
        }
    }

    /** Hands a pending edit to the view model; afterwards the editor shows whatever value is then in force. */
    void commit() {
        if (isDirty()) {
            CellField target = cell;
            try {
                actions.commit(target, getText());
            } finally {
                if (cell == target) {
                    setText(shown);
                }
            }
        }
    }

    /** Takes the editor off its cell (after a commit, or when the tables show another report). */
    void detach() {
        if (cell == null) {
            return;
        }
        CellField old = cell;
        cell = null;
        Bindings.unbindContent(getStyleClass(), old.getStyleClass());
        getStyleClass().setAll("text-input", "text-field");
        tooltipProperty().unbind();
        setTooltip(null);
        old.setFocusTraversable(true);
        if (getParent() instanceof GridPane grid) {
            grid.getChildren().remove(this);
        }
    }
}
