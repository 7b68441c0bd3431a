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
 * name), a review status and a year (null: any) and "has errors"; testable without a stage.
 */
final class LibraryViewModel {
    private final ObservableList<LibraryEntry> all = FXCollections.observableArrayList();
    private final FilteredList<LibraryEntry> shown = new FilteredList<>(all, e -> true);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty errorsOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();

    /** The worklist's order before the examiner sorts: most errors first, then most warnings, then oldest import. */
    static final java.util.Comparator<LibraryEntry> WORST_FIRST = java.util.Comparator
            .comparingInt(LibraryEntry::errorCount).reversed()
            .thenComparing(java.util.Comparator.comparingInt(LibraryEntry::warningCount).reversed())
            .thenComparingLong(LibraryEntry::id);

    LibraryViewModel() {
        text.addListener((obs, old, now) -> refilter());
        status.addListener((obs, old, now) -> refilter());
        year.addListener((obs, old, now) -> refilter());
        errorsOnly.addListener((obs, old, now) -> refilter());
    }

    ObjectProperty<Integer> yearFilterProperty() {
        return year;
    }

    javafx.beans.property.BooleanProperty errorsOnlyProperty() {
        return errorsOnly;
    }

    /** The years the library has reports of, latest first, for the year filter. */
    ObservableList<Integer> years() {
        return years;
    }

    /**
     * The next report to review after {@code currentId} in the worklist's order: the first unreviewed one after it,
     * else the first unreviewed one from the top; empty when every other report has been started.
     */
    static java.util.Optional<LibraryEntry> nextUnreviewed(List<LibraryEntry> ordered, long currentId) {
        int at = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == currentId) {
                at = i;
            }
        }
        for (int step = 1; step <= ordered.size(); step++) {
            LibraryEntry e = ordered.get(Math.floorMod(at + step, ordered.size()));
            if (e.id() != currentId && e.status() == ReviewStatus.UNREVIEWED) {
                return java.util.Optional.of(e);
            }
        }
        return java.util.Optional.empty();
    }

    /** Replaces the entries with the library as now stored. */
    void setEntries(List<LibraryEntry> entries) {
        all.setAll(entries);
        List<Integer> known = entries.stream().map(LibraryEntry::year).filter(java.util.Objects::nonNull).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        if (!known.equals(years)) {
            years.setAll(known);
        }
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

    /**
     * Whether an entry passes the filters: its organ or file name contains the text (any case), its status and year
     * match, and it has errors when only those are wanted.
     */
    boolean accepts(LibraryEntry entry) {
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        boolean textMatches = wanted.isEmpty() || contains(entry.organ(), wanted) || contains(entry.fileName(), wanted);
        return textMatches && (status.get() == null || status.get() == entry.status())
                && (year.get() == null || year.get().equals(entry.year()))
                && (!errorsOnly.get() || entry.errorCount() > 0);
    }

    private void refilter() {
        shown.setPredicate(this::accepts);
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
