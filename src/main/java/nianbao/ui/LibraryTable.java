package nianbao.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import nianbao.review.LibraryEntry;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/** The library's table: organ, year, review status, error count, file name and when the report was last opened. */
final class LibraryTable {
    private static final DateTimeFormatter OPENED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private LibraryTable() {
    }

    static TableView<LibraryEntry> create(ObservableList<LibraryEntry> entries) {
        TableView<LibraryEntry> table = new TableView<>(entries);
        table.getColumns().add(column(I18n.t("library.column.organ"), 260, e -> e.organ() == null ? "" : e.organ()));
        table.getColumns().add(column(I18n.t("library.column.year"), 70,
                e -> e.year() == null ? "" : String.valueOf(e.year())));
        table.getColumns().add(column(I18n.t("library.column.status"), 120, e -> DisplayNames.status(e.status())));
        TableColumn<LibraryEntry, String> errors = column(I18n.t("library.column.errors"), 70,
                e -> String.valueOf(e.errorCount()));
        errors.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(errors);
        table.getColumns().add(column(I18n.t("library.column.file"), 250, LibraryEntry::fileName));
        table.getColumns().add(column(I18n.t("library.column.opened"), 150,
                e -> e.openedAt() == null ? "" : OPENED.format(e.openedAt())));
        table.setPlaceholder(new Label(I18n.t("library.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<LibraryEntry, String> column(String title, double width,
                                                            Function<LibraryEntry, String> value) {
        TableColumn<LibraryEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
