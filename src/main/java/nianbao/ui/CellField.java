package nianbao.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import nianbao.model.CellRef;

import java.util.Set;

/**
 * One editable value of a table. An edit is committed on Enter, on Tab and when the field loses focus (JavaFX would
 * otherwise drop it); Escape puts back the value in force; Up and Down move to the cell above or below.
 */
final class CellField extends TextField {
    static final String STYLE_CLASS = "table-value";

    private final CellRef ref;
    private final CellActions actions;
    private String shown = "";

    /** Moves focus from a cell up (-1) or down (+1). */
    interface Navigator {
        void move(CellField from, int rows);
    }

    CellField(CellRef ref, CellActions actions, Navigator navigator) {
        this.ref = ref;
        this.actions = actions;
        getStyleClass().add(STYLE_CLASS);
        setId(id(ref));
        setPrefColumnCount(4);
        setContextMenu(contextMenu());
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                actions.focused(ref);
            } else {
                commit();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && isDirty()) {
                setText(shown);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                commit();
            } else if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN) {
                navigator.move(this, e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    /** The node id used to find a cell's field, e.g. {@code cell-active-rules-repealed}. */
    static String id(CellRef ref) {
        return ("cell-" + ref.table() + "-" + ref.row() + "-" + ref.column()).replace('.', '_');
    }

    CellRef ref() {
        return ref;
    }

    /** Whether the examiner has typed something not yet committed. */
    boolean isDirty() {
        return !getText().equals(shown);
    }

    /** Shows the value in force and the cell's marks; an edit in progress is left alone. */
    void show(String text, Set<CellMark> marks, String tooltip) {
        boolean editing = isFocused() && isDirty();
        shown = text;
        if (!editing) {
            setText(text);
        }
        for (CellMark mark : CellMark.values()) {
            getStyleClass().remove(mark.styleClass());
        }
        marks.forEach(m -> getStyleClass().add(m.styleClass()));
        if (tooltip == null) {
            setTooltip(null);
        } else if (getTooltip() == null) {
            Tooltip t = new Tooltip(tooltip);
            t.setShowDelay(Duration.millis(300));
            t.setShowDuration(Duration.seconds(30));
            t.setWrapText(true);
            t.setMaxWidth(520);
            setTooltip(t);
        } else {
            getTooltip().setText(tooltip);
        }
    }

    void setHighlighted(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().remove(styleClass);
        }
    }

    /** Copy and paste as usual, and putting back the value the report printed once the cell has been corrected. */
    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(I18n.t("cell.menu.copy"));
        copy.setOnAction(e -> copy());
        MenuItem paste = new MenuItem(I18n.t("cell.menu.paste"));
        paste.setOnAction(e -> paste());
        MenuItem revert = new MenuItem(I18n.t("cell.menu.revert"));
        revert.setOnAction(e -> actions.revert(ref));
        ContextMenu menu = new ContextMenu(copy, paste, new SeparatorMenuItem(), revert);
        menu.setOnShowing(e -> revert.setDisable(!actions.isCorrected(ref)));
        return menu;
    }

    /** Commits what the examiner has typed but not yet committed (before the tables show another report). */
    void commitPending() {
        commit();
    }

    /** Hands a pending edit to the view model; afterwards the field shows whatever value is then in force. */
    private void commit() {
        if (isDirty()) {
            try {
                actions.commit(this, getText());
            } finally {
                setText(shown);
            }
        }
    }
}
