package nianbao.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nianbao.check.OrganNames;
import nianbao.review.LibraryEntry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The library as a worklist: organ, year, level, format, errors, warnings, review status, repetition rate, cross-year
 * status, examiner, last change, file and when last opened; every column sorts by its value (numbers as numbers,
 * dates as dates, blanks last).
 */
final class LibraryTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private LibraryTable() {
    }

    /** The table over the entries, sorted as the examiner clicks the headers (worst first until then). */
    static TableView<LibraryEntry> create(ObservableList<LibraryEntry> entries) {
        SortedList<LibraryEntry> sorted = new SortedList<>(entries);
        TableView<LibraryEntry> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> table.getComparator() != null ? table.getComparator() : LibraryViewModel.WORST_FIRST,
                table.comparatorProperty()));
        table.getColumns().add(column("organ", I18n.t("library.column.organ"), 210, LibraryEntry::organ, s -> s));
        table.getColumns().add(column("year", I18n.t("library.column.year"), 60, LibraryEntry::year, String::valueOf));
        table.getColumns().add(column("level", I18n.t("library.column.level"), 60,
                e -> OrganNames.level(e.organ()), DisplayNames::level));
        table.getColumns().add(column("format", I18n.t("library.column.format"), 100,
                e -> DisplayNames.format(e.sourceFormat(), e.template()), s -> s));
        table.getColumns().add(number(column("errors", I18n.t("library.column.errors"), 55,
                LibraryEntry::errorCount, String::valueOf)));
        table.getColumns().add(number(column("warnings", I18n.t("library.column.warnings"), 55,
                LibraryEntry::warningCount, String::valueOf)));
        table.getColumns().add(column("status", I18n.t("library.column.status"), 80, LibraryEntry::status,
                DisplayNames::status));
        table.getColumns().add(number(column("repetition", I18n.t("library.column.repetition"), 70,
                LibraryEntry::repetition, r -> Math.round(r * 100) + "%")));
        table.getColumns().add(column("crossYear", I18n.t("library.column.crossYear"), 130,
                LibraryTable::crossYearRank, r -> crossYear(r)));
        table.getColumns().add(column("examiner", I18n.t("library.column.examiner"), 80, LibraryEntry::lastExaminer,
                s -> s));
        table.getColumns().add(column("changed", I18n.t("library.column.changed"), 120, LibraryEntry::lastChange,
                WHEN::format));
        table.getColumns().add(column("file", I18n.t("library.column.file"), 170, LibraryEntry::fileName, s -> s));
        table.getColumns().add(column("opened", I18n.t("library.column.opened"), 120, LibraryEntry::openedAt,
                WHEN::format));
        table.setPlaceholder(new Label(I18n.t("library.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /**
     * The cross-year status as a sortable value: -1 without a previous year in the library, else the number of
     * cross-year findings (so sorting puts "no previous year" first, then agreeing years, then the worst).
     */
    static Integer crossYearRank(LibraryEntry e) {
        return e.hasPreviousYear() ? e.crossYearFindings() : -1;
    }

    static String crossYear(Integer rank) {
        return rank < 0 ? I18n.t("library.crossYear.none") : rank == 0 ? I18n.t("library.crossYear.agrees")
                : I18n.t("library.crossYear.findings", rank);
    }

    private static <T extends Comparable<? super T>> TableColumn<LibraryEntry, T> column(
            String id, String title, double width, Function<LibraryEntry, T> value, Function<T, String> shown) {
        TableColumn<LibraryEntry, T> column = new TableColumn<>(title);
        column.setId("library-column-" + id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : shown.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private static <T> TableColumn<LibraryEntry, T> number(TableColumn<LibraryEntry, T> column) {
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }
}
