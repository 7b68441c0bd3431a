package nianbao.ui;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.util.Duration;
import nianbao.model.CellRef;

import java.util.Set;

/**
 * One value of a table, drawn as a light label styled like a text field. It is edited in the table's one shared
 * {@link CellEditor}, which is laid over the cell as soon as the cell is clicked or gets the keyboard focus; the
 * editor commits on Enter, on Tab and on focus loss, Escape puts back the value in force, Up and Down move to the
 * cell above or below.
 */
final class CellField extends Label {
    static final String STYLE_CLASS = "table-value";

    private final CellRef ref;
    private final CellEditor editor;

    CellField(CellRef ref, CellEditor editor, ContextMenu menu) {
        this.ref = ref;
        this.editor = editor;
        // looks like the text field it is edited in
        getStyleClass().setAll("text-input", "text-field", STYLE_CLASS);
        setId(id(ref));
        setMnemonicParsing(false);
        setFocusTraversable(true);
        setContextMenu(menu);
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                editor.edit(this);
            }
        });
        setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                editor.end();
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

    /** Whether the examiner has typed something into this cell not yet committed. */
    boolean isDirty() {
        return editor.cell() == this && editor.isDirty();
    }

    /** Shows the value in force and the cell's marks; an edit in progress is left alone. */
    void show(String text, Set<CellMark> marks, String tooltip) {
        editor.shownChanging(this, text);
        setText(text);
        for (CellMark mark : CellMark.values()) {
            setHighlighted(mark.styleClass(), marks.contains(mark)); // only what changes: each change restyles
        }
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

    /** Commits what the examiner has typed but not yet committed (before the tables show another report). */
    void commitPending() {
        if (editor.cell() == this) {
            editor.commit();
        }
    }
}
