package nianbao.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nianbao.format.FormatSpec;
import nianbao.model.Box;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.Span;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the examiner is looking at: the selected cell, the selected finding and its cells, and the place in the
 * source (text span, page box) they were read from; the three panes follow it.
 */
public final class Selection {
    private final SourceLinks links;
    private final FormatSpec format;
    private final ReadOnlyObjectWrapper<CellRef> cell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Finding> finding = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CellRef> findingCells = FXCollections.observableArrayList();
    private final ObservableList<CellRef> shownFindingCells = FXCollections.unmodifiableObservableList(findingCells);
    private final ReadOnlyObjectWrapper<Span> span = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Box> box = new ReadOnlyObjectWrapper<>();

    Selection(SourceLinks links, FormatSpec format) {
        this.links = links;
        this.format = format;
    }

    /** Selects one cell and shows where it was read; a finding stays selected only if it names the cell. */
    public void selectCell(CellRef ref) {
        if (ref != null && finding.get() != null && !findingCells.contains(ref)) {
            clearFinding();
        }
        cell.set(ref);
        span.set(ref == null ? null : links.spanOf(List.of(ref)));
        box.set(ref == null ? null : links.boxOf(ref));
    }

    /** Selects a finding: its cells, and the source text spanning them. */
    public void selectFinding(Finding selected) {
        if (selected == null) {
            clearFinding();
            return;
        }
        Set<CellRef> cells = CellMarks.cellsOf(selected, format);
        finding.set(selected);
        findingCells.setAll(cells);
        cell.set(cells.isEmpty() ? null : cells.iterator().next());
        span.set(links.spanOf(cells));
        box.set(cells.isEmpty() ? null : links.boxOf(cells.iterator().next()));
    }

    /** Selects the cell whose value was read at this offset of the source text, if any. */
    public Optional<CellRef> selectAtOffset(int offset) {
        Optional<CellRef> ref = links.cellAt(offset);
        ref.ifPresent(this::selectCell);
        return ref;
    }

    public ReadOnlyObjectProperty<CellRef> cellProperty() {
        return cell.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Finding> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    /** The cells of the selected finding (empty when none is selected). */
    public ObservableList<CellRef> findingCells() {
        return shownFindingCells;
    }

    public ReadOnlyObjectProperty<Span> spanProperty() {
        return span.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Box> boxProperty() {
        return box.getReadOnlyProperty();
    }

    /** After a re-check: keeps the selected finding if it is still raised (with its new message), else drops it. */
    void afterChange(List<Finding> findings) {
        Finding selected = finding.get();
        if (selected == null) {
            return;
        }
        FindingKey key = FindingKey.of(selected);
        Optional<Finding> same = findings.stream().filter(f -> FindingKey.of(f).equals(key)).findFirst();
        if (same.isPresent()) {
            finding.set(same.get());
        } else {
            clearFinding();
        }
    }

    private void clearFinding() {
        finding.set(null);
        findingCells.clear();
    }
}
