package nianbao.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import nianbao.model.ReviewStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The library's filter bar: a text field (organ or file name), a review status, a year and "has errors only". */
final class LibraryFilters {
    private LibraryFilters() {
    }

    static HBox bar(LibraryViewModel model) {
        TextField text = new TextField();
        text.setId("library-filter");
        text.setPromptText(I18n.t("library.filter.prompt"));
        text.textProperty().bindBidirectional(model.textFilterProperty());
        ChoiceBox<ReviewStatus> status = new ChoiceBox<>();
        status.setId("library-status");
        status.getItems().setAll(withAny(Arrays.asList(ReviewStatus.values())));
        status.setConverter(shown(I18n.t("library.status.any"), DisplayNames::status));
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("library-year");
        year.getItems().add(null);
        model.years().addListener((javafx.collections.ListChangeListener<Integer>) c -> {
            Integer chosen = year.getValue();
            List<Integer> items = withAny(model.years());
            year.getItems().setAll(items);
            year.setValue(items.contains(chosen) ? chosen : null);
        });
        year.setConverter(shown(I18n.t("library.year.any"), String::valueOf));
        year.valueProperty().bindBidirectional(model.yearFilterProperty());
        CheckBox errors = new CheckBox(I18n.t("library.errorsOnly"));
        errors.setId("library-errors-only");
        errors.selectedProperty().bindBidirectional(model.errorsOnlyProperty());
        HBox bar = new HBox(8, new Label(I18n.t("library.filter")), text, new Label(I18n.t("library.status")), status,
                new Label(I18n.t("library.year")), year, errors);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** The choices of a filter: null (any) first, then the values. */
    private static <T> List<T> withAny(List<T> values) {
        List<T> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(values);
        return choices;
    }

    /** How a filter's choice is shown: {@code any} for null, else its name. */
    private static <T> StringConverter<T> shown(String any, java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? any : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
