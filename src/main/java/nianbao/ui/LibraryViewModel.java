package nianbao.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import nianbao.model.ReviewStatus;
import nianbao.review.LibraryEntry;

import java.util.List;
import java.util.Locale;

/**
 * The library as the library window shows it: every report opened so far, narrowed by a text filter (organ or file
 * name) and a review status (null: any); testable without a stage.
 */
final class LibraryViewModel {
    private final ObservableList<LibraryEntry> all = FXCollections.observableArrayList();
    private final FilteredList<LibraryEntry> shown = new FilteredList<>(all, e -> true);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> status = new SimpleObjectProperty<>();

    LibraryViewModel() {
        text.addListener((obs, old, now) -> refilter());
        status.addListener((obs, old, now) -> refilter());
    }

    /** Replaces the entries with the library as now stored. */
    void setEntries(List<LibraryEntry> entries) {
        all.setAll(entries);
    }

    /** The entries passing both filters, in the library's order. */
    ObservableList<LibraryEntry> shown() {
        return shown;
    }

    int total() {
        return all.size();
    }

    StringProperty textFilterProperty() {
        return text;
    }

    ObjectProperty<ReviewStatus> statusFilterProperty() {
        return status;
    }

    /** Whether an entry passes the filters: its organ or file name contains the text (any case) and its status matches. */
    boolean accepts(LibraryEntry entry) {
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        boolean textMatches = wanted.isEmpty() || contains(entry.organ(), wanted) || contains(entry.fileName(), wanted);
        return textMatches && (status.get() == null || status.get() == entry.status());
    }

    private void refilter() {
        shown.setPredicate(this::accepts);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
