package nianbao.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import nianbao.model.CellRef;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One statistics table drawn like the printed form: a grid of header cells, row labels and editable values, where
 * header and label cells may span several columns or rows.
 */
final class TableGrid extends GridPane {
    static final String SELECTED = "selected-cell";
    static final String IN_FINDING = "in-finding";

    private final Map<CellRef, CellField> fields = new LinkedHashMap<>();
    private final CellEditor editor;
    private final ContextMenu menu;

    TableGrid(String styleClass, CellEditor editor, ContextMenu menu) {
        this.editor = editor;
        this.menu = menu;
        getStyleClass().addAll("table-grid", styleClass);
        setMinWidth(USE_PREF_SIZE);
    }

    /** A header cell of the printed form (column titles, block captions). */
    Label header(String text, int column, int row, int columnSpan, int rowSpan) {
        return place(label(text, "table-header"), column, row, columnSpan, rowSpan);
    }

    /** A row label (or a group label spanning several rows). */
    Label rowLabel(String text, int column, int row, int columnSpan, int rowSpan) {
        return place(label(text, "row-label"), column, row, columnSpan, rowSpan);
    }

    CellField value(CellRef ref, int column, int row, int columnSpan) {
        CellField field = new CellField(ref, editor, menu);
        fields.put(ref, field);
        place(field, column, row, columnSpan, 1);
        return field;
    }

    Collection<CellField> fields() {
        return fields.values();
    }

    Optional<CellField> field(CellRef ref) {
        return Optional.ofNullable(fields.get(ref));
    }

    /** Shows every value with its marks and tooltip as the view model now has them. */
    void refresh(ReportViewModel model) {
        for (CellField field : fields.values()) {
            CellRef ref = field.ref();
            field.show(model.cellText(ref), model.cellMarks(ref), model.cellTooltip(ref).orElse(null));
        }
    }

    /** Marks the selected cell and the cells of the selected finding. */
    void highlight(CellRef selected, Collection<CellRef> findingCells) {
        for (CellField field : fields.values()) {
            field.setHighlighted(SELECTED, field.ref().equals(selected));
            field.setHighlighted(IN_FINDING, findingCells.contains(field.ref()));
        }
    }

    /** The nearest value above (-1) or below (+1) in the same column. */
    Optional<CellField> below(CellField from, int rows) {
        int column = index(getColumnIndex(from));
        int row = index(getRowIndex(from));
        CellField best = null;
        int bestRow = 0;
        for (CellField f : fields.values()) {
            int r = index(getRowIndex(f));
            boolean ahead = rows < 0 ? r < row : r > row;
            if (index(getColumnIndex(f)) == column && ahead && (best == null || Math.abs(r - row) < Math.abs(bestRow - row))) {
                best = f;
                bestRow = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setAlignment(Pos.CENTER_LEFT);
        return label;
    }

    private <T extends Node> T place(T node, int column, int row, int columnSpan, int rowSpan) {
        if (node instanceof javafx.scene.layout.Region region) {
            region.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        add(node, column, row, columnSpan, rowSpan);
        setHgrow(node, Priority.SOMETIMES);
        setFillWidth(node, true);
        setFillHeight(node, true);
        return node;
    }
}
