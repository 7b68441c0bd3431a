package nianbao.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The library window: every report opened so far, filterable; a double-click opens one, several can be exported into
 * a folder at once, and a whole folder can be imported — both in the background with a progress bar and a summary.
 */
final class LibraryWindow {
    private final Stage stage = new Stage();
    private final LibraryViewModel model = new LibraryViewModel();
    private final TableView<LibraryEntry> table = LibraryTable.create(model.shown());
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label count = new Label();
    private final Button exportButton = new Button(I18n.t("library.exportSelected"));
    private final Supplier<ReviewService> service;
    private final TaskExecutor executor;
    private final LongConsumer open;
    private Path lastFolder = Path.of(System.getProperty("user.home"));
    private BackgroundTask<JobSummary> running;

    LibraryWindow(Window owner, Supplier<ReviewService> service, TaskExecutor executor, LongConsumer open) {
        this.service = service;
        this.executor = executor;
        this.open = open;
        stage.initOwner(owner);
        stage.setTitle(I18n.t("library.title"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setId("library-table");
        table.setRowFactory(t -> {
            TableRow<LibraryEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem().id());
                }
            });
            return row;
        });
        BorderPane root = new BorderPane(table, LibraryFilters.bar(model), null, bottomBar(), null);
        root.getStyleClass().add("library-window");
        Scene scene = new Scene(root, 1240, 600);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                refresh();
            }
        });
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("library.count", model.shown().size(), model.total()), model.shown()));
    }

    private HBox bottomBar() {
        Button openButton = new Button(I18n.t("library.open"));
        openButton.setOnAction(e -> openSelected());
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        exportButton.setId("library-export");
        exportButton.setOnAction(e -> chooseAndExport());
        exportButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
        Button importButton = new Button(I18n.t("library.importFolder"));
        importButton.setOnAction(e -> chooseFolderAndImport());
        progress.setId("library-progress");
        progress.setVisible(false);
        progress.setPrefWidth(180);
        progressText.setId("library-progress-text");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, openButton, exportButton, importButton, gap, progressText, progress, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        return bar;
    }

    void show() {
        stage.show();
        stage.toFront();
        refresh();
    }

    Stage stage() {
        return stage;
    }

    LibraryViewModel model() {
        return model;
    }

    TableView<LibraryEntry> table() {
        return table;
    }

    /** Reads the library again (in the background; the store may still be opening). */
    void refresh() {
        executor.execute(TaskExecutor.Lane.JOBS, BackgroundTask.of("library", () -> service.get().library())
                .onSucceeded(entries -> {
                    List<Long> selected = table.getSelectionModel().getSelectedItems().stream()
                            .map(LibraryEntry::id).toList();
                    model.setEntries(entries);
                    model.shown().stream().filter(e -> selected.contains(e.id()))
                            .forEach(e -> table.getSelectionModel().select(e));
                })
                .onFailed(e -> Dialogs.failure(stage, e)));
    }

    void chooseFolderAndImport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("library.importFolder.title"));
        File folder = chooser.showDialog(stage.isShowing() ? stage : stage.getOwner());
        if (folder != null) {
            importFolder(folder.toPath());
        }
    }

    /** Imports every file of a folder in the background, then shows a summary and the refreshed library. */
    FolderImportTask importFolder(Path folder) {
        show();
        FolderImportTask task = new FolderImportTask(service, folder);
        run(task, summary -> I18n.t("library.imported", summary.succeededCount(), summary.failures().size()));
        return task;
    }

    private void openSelected() {
        LibraryEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            open.accept(entry.id());
        }
    }

    private void chooseAndExport() {
        List<LibraryEntry> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        new ExportDialog(stage, I18n.t("export.header.many", selected.size()), lastFolder, true)
                .showAndWait().ifPresent(request -> exportSelected(selected, request));
    }

    /** Exports the entries into the request's folder, asking once about files that exist; null when cancelled. */
    BatchExportTask exportSelected(List<LibraryEntry> selected, ExportDialog.Request request) {
        Path folder = request.target().toAbsolutePath().normalize();
        List<LibraryEntry> existing = ExportTargets.existing(folder, selected, request.format());
        boolean overwrite = false;
        if (!existing.isEmpty()) {
            String names = existing.stream().limit(10).map(e -> ExportTargets.fileName(e, request.format()))
                    .collect(Collectors.joining("\n"));
            var answer = Dialogs.askBatchOverwrite(stage, existing.size(), names);
            if (answer.isEmpty()) {
                return null;
            }
            overwrite = answer.get();
        }
        lastFolder = folder;
        BatchExportTask task = new BatchExportTask(service, selected, request.format(), folder, overwrite);
        run(task, summary -> I18n.t("library.exported", summary.succeededCount(), summary.failures().size(),
                summary.skippedCount(), folder));
        return task;
    }

    /** Runs a batch with the progress bar showing, then the summary; one batch at a time. */
    private void run(BackgroundTask<JobSummary> task, java.util.function.Function<JobSummary, String> header) {
        running = task;
        progress.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        exportButton.disableProperty().unbind();
        exportButton.setDisable(true);
        Runnable finish = () -> {
            progress.progressProperty().unbind();
            progressText.textProperty().unbind();
            progress.setVisible(false);
            progressText.setText("");
            exportButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems()));
            running = null;
            refresh();
        };
        task.onSucceeded(summary -> {
            finish.run();
            Dialogs.summary(stage, header.apply(summary), summary);
        });
        task.onFailed(e -> {
            finish.run();
            Dialogs.failure(stage, e);
        });
        task.onCancelled(finish);
        executor.execute(TaskExecutor.Lane.JOBS, task);
    }

    /** Whether a batch is running (tests wait on it). */
    boolean busy() {
        return running != null;
    }
}
