package nianbao.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import nianbao.model.Finding;
import nianbao.model.Resolution;
import nianbao.model.Severity;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bottom pane: every finding with its severity, rule, place and message; selecting one shows its cells and
 * source, and the bar below settles it (report error confirmed, parse error corrected, dismissed) with a note.
 */
final class FindingsView extends BorderPane {
    private final TableView<Finding> table = new TableView<>();
    private final Label summary = new Label();
    private final Label placeholder = new Label(I18n.t("findings.none"));
    private final TextField note = new TextField();
    private final HBox actions = new HBox(6);
    private final Label previousText = new Label();
    private final HBox previousBar = new HBox(8);
    private final java.util.function.LongConsumer openReport;
    private final Runnable showRepetition;
    private final Button repetitionButton = new Button(I18n.t("repetition.show"));
    private final Label suggestionText = new Label();
    private final Button suggestionButton = new Button();
    private final HBox suggestionBar = new HBox(8, suggestionText, suggestionButton);
    private nianbao.check.SumSuggestions.Suggestion suggestion;
    private final Consumer<RuntimeException> onFailure;
    private final ChangeListener<Finding> modelSelection = (obs, old, now) -> selectInTable(now);
    private final ListChangeListener<Finding> findingsListener = change -> afterChange();
    private ReportViewModel model;
    private boolean updating;

    /**
     * {@code openReport} opens a report of the library (last year's, from a cross-year finding); {@code
     * showRepetition} shows the two years' narratives with the copied sentences marked.
     */
    FindingsView(Consumer<RuntimeException> onFailure, java.util.function.LongConsumer openReport,
                 Runnable showRepetition) {
        this.onFailure = onFailure;
        this.openReport = openReport;
        this.showRepetition = showRepetition;
        getStyleClass().add("findings-view");
        table.setId("findings");
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Finding, String> severity =
                column(I18n.t("findings.column.severity"), 90, f -> DisplayNames.severity(f.severity()));
        severity.setCellFactory(c -> new SeverityCell());
        table.getColumns().add(severity);
        table.getColumns().add(column(I18n.t("findings.column.rule"), 150, Finding::rule));
        TableColumn<Finding, String> place = column(I18n.t("findings.column.place"), 220, f -> model.findingPlace(f));
        place.setCellFactory(c -> wrapping());
        table.getColumns().add(place);
        TableColumn<Finding, String> message = column(I18n.t("findings.column.message"), 520, Finding::message);
        message.setCellFactory(c -> wrapping());
        table.getColumns().add(message);
        table.getColumns().add(column(I18n.t("findings.column.resolution"), 200, this::resolutionText));
        // a null selection comes from the list being replaced after a re-check, not from the examiner: the view
        // model decides then whether the finding is still there to select
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updating && model != null && now != null) {
                model.selection().selectFinding(now);
            }
            showPrevious(now);
            showSuggestion(now);
        });
        summary.getStyleClass().add("findings-summary");
        note.setPromptText(I18n.t("findings.note.prompt"));
        note.setId("resolution-note");
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.setPadding(new Insets(6, 8, 6, 8));
        actions.getChildren().addAll(new Label(I18n.t("findings.resolve")),
                resolveButton("resolve-report-error", I18n.t("resolution.reportError"), Resolution.REPORT_ERROR_CONFIRMED),
                resolveButton("resolve-parse-error", I18n.t("resolution.parseError"), Resolution.PARSE_ERROR_CORRECTED),
                resolveButton("resolve-dismiss", I18n.t("findings.resolve.dismiss"), Resolution.DISMISSED),
                resolveButton("resolve-clear", I18n.t("findings.resolve.clear"), null), note);
        HBox.setHgrow(note, Priority.ALWAYS);
        actions.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        BorderPane.setMargin(summary, new Insets(4, 8, 4, 8));
        Button openPrevious = new Button(I18n.t("crossYear.open"));
        openPrevious.setId("open-previous-year");
        openPrevious.setOnAction(e -> {
            if (model != null) {
                model.previousReportId().ifPresent(openReport);
            }
        });
        previousText.setId("previous-year-text");
        previousText.setWrapText(true);
        previousBar.getStyleClass().add("previous-year-bar");
        previousBar.setAlignment(Pos.CENTER_LEFT);
        previousBar.setPadding(new Insets(4, 8, 4, 8));
        repetitionButton.setId("show-repetition");
        repetitionButton.setOnAction(e -> showRepetition.run());
        previousBar.getChildren().addAll(previousText, repetitionButton, openPrevious);
        HBox.setHgrow(previousText, Priority.ALWAYS);
        previousBar.setVisible(false);
        previousBar.setManaged(false);
        suggestionText.setId("suggestion-text");
        suggestionText.setWrapText(true);
        suggestionButton.setId("accept-suggestion");
        suggestionButton.setOnAction(e -> {
            if (model != null && suggestion != null) {
                try {
                    model.acceptSuggestion(suggestion);
                } catch (RuntimeException ex) {
                    onFailure.accept(ex);
                }
            }
        });
        suggestionBar.getStyleClass().add("suggestion-bar");
        suggestionBar.setAlignment(Pos.CENTER_LEFT);
        suggestionBar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(suggestionText, Priority.ALWAYS);
        suggestionBar.setVisible(false);
        suggestionBar.setManaged(false);
        setTop(summary);
        setCenter(table);
        setBottom(new javafx.scene.layout.VBox(suggestionBar, previousBar, actions));
        table.setRowFactory(t -> new SeverityRow());
    }

    /** While a report is being opened, the list says so instead of "no findings" ({@code message} null: done). */
    void setLoading(String message) {
        placeholder.setText(message != null ? message : I18n.t("findings.none"));
    }

    void show(ReportViewModel newModel) {
        if (model != null) {
            model.selection().findingProperty().removeListener(modelSelection);
            model.findings().removeListener(findingsListener);
        }
        model = newModel;
        if (newModel == null) {
            table.setItems(FXCollections.observableArrayList());
            summary.setText("");
            return;
        }
        table.setItems(newModel.findings());
        table.scrollTo(0);
        newModel.findings().addListener(findingsListener);
        newModel.selection().findingProperty().addListener(modelSelection);
        afterChange();
    }

    TableView<Finding> table() {
        return table;
    }

    /** Shows, under the findings, last year's side of a cross-year finding, with a button to open that report. */
    private void showPrevious(Finding finding) {
        java.util.Optional<String> text = model == null ? java.util.Optional.empty()
                : model.previousYearText(finding);
        previousText.setText(text.orElse(""));
        previousBar.setVisible(text.isPresent());
        previousBar.setManaged(text.isPresent());
        boolean repetition = text.isPresent() && nianbao.check.CrossYearChecker.REPETITION.equals(finding.rule());
        repetitionButton.setVisible(repetition);
        repetitionButton.setManaged(repetition);
    }

    /**
     * Shows, under the findings, the reading the form's sums support for an uncertain value, with a button that takes
     * it as the examiner's correction: a suggestion, never applied by itself.
     */
    private void showSuggestion(Finding finding) {
        suggestion = model == null ? null : model.suggestionFor(finding).orElse(null);
        if (suggestion != null) {
            String value = suggestion.value().toPlainString();
            String read = model.cellText(suggestion.cell());
            suggestionText.setText(I18n.t("suggestion.text", read.isEmpty() ? I18n.t("cell.blank") : read, value,
                    suggestion.identities()));
            suggestionButton.setText(I18n.t("suggestion.accept", value));
        }
        suggestionBar.setVisible(suggestion != null);
        suggestionBar.setManaged(suggestion != null);
    }

    private void afterChange() {
        long errors = model.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = model.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = model.findings().size() - errors - warnings;
        summary.setText(I18n.t("findings.summary", errors, warnings, infos));
        selectInTable(model.selection().findingProperty().get());
        table.refresh();
    }

    private void selectInTable(Finding finding) {
        updating = true;
        try {
            if (finding == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != finding) {
                table.getSelectionModel().select(finding);
                table.scrollTo(finding);
            }
        } finally {
            updating = false;
        }
    }

    private Button resolveButton(String id, String text, Resolution resolution) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> {
            Finding selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                try {
                    model.resolve(selected, resolution, note.getText());
                    note.clear();
                } catch (RuntimeException ex) {
                    onFailure.accept(ex);
                }
            }
        });
        return button;
    }

    private String resolutionText(Finding finding) {
        return model.resolutionOf(finding).map(r -> r.note() == null || r.note().isBlank()
                ? DisplayNames.resolution(r.resolution())
                : I18n.t("findings.resolution.withNote", DisplayNames.resolution(r.resolution()), r.note())).orElse("");
    }

    private static TableColumn<Finding, String> column(String title, double width, Function<Finding, String> value) {
        TableColumn<Finding, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue() == null ? "" : value.apply(d.getValue())));
        column.setSortable(false);
        return column;
    }

    /**
     * Text that wraps onto a second line (rows are two lines high), with the whole text on hover. Each cell keeps one
     * tooltip and changes its text: a tooltip is a window of its own, too costly to make anew for every row shown.
     */
    private static TableCell<Finding, String> wrapping() {
        TableCell<Finding, String> cell = new TableCell<>() {
            private Tooltip tooltip;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isEmpty()) {
                    setTooltip(null);
                    return;
                }
                if (tooltip == null) {
                    tooltip = new Tooltip();
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(640);
                }
                tooltip.setText(item);
                setTooltip(tooltip);
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    /** The severity with its icon. */
    private static final class SeverityCell extends TableCell<Finding, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Finding finding = empty ? null : getTableRow().getItem();
            setText(finding == null ? null : item);
            setGraphic(finding == null ? null : Icons.severity(finding.severity()));
        }
    }

    /** A row styled by its finding's severity (finding-error, finding-warning, finding-info). */
    private static final class SeverityRow extends TableRow<Finding> {
        @Override
        protected void updateItem(Finding item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("finding-error", "finding-warning", "finding-info");
            if (!empty && item != null) {
                getStyleClass().add("finding-" + item.severity().id());
            }
        }
    }
}
