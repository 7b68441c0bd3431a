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
    private final Button stopButton = new Button(I18n.t("library.stop"));
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
        table.setContextMenu(linkMenu());
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
        // Esc and Ctrl+W (⌘W) close the library, as they close a tool window elsewhere
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), stage::hide);
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !e.isConsumed()) {
                stage.hide();
                e.consume();
            }
        });
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
        Button overviewButton = new Button(I18n.t("library.overview"));
        overviewButton.setId("library-overview");
        overviewButton.setOnAction(e -> chooseAndExportOverview());
        progress.setId("library-progress");
        progress.setVisible(false);
        progress.setPrefWidth(180);
        progressText.setId("library-progress-text");
        stopButton.setId("library-stop");
        stopButton.setVisible(false);
        stopButton.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, openButton, exportButton, overviewButton, importButton, gap, progressText, progress,
                stopButton, count);
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
        run(task, summary -> I18n.t("library.imported", summary.succeededCount(), summary.knownCount(),
                summary.notReports().size(), summary.failures().size())
                + (summary.wasStopped() ? I18n.t("library.imported.stopped") : ""));
        return task;
    }

    /** 导出汇总表…: the selected reports (or, with none selected, those shown) as a workbook or CSV. */
    private void chooseAndExportOverview() {
        List<LibraryEntry> chosen = table.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(table.getItems()) : List.copyOf(table.getSelectionModel().getSelectedItems());
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(I18n.t("library.overview.title"));
        chooser.setInitialDirectory(lastFolder.toFile().isDirectory() ? lastFolder.toFile() : null);
        chooser.setInitialFileName(I18n.t("library.overview.file") + ".xlsx");
        chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("XLSX", "*.xlsx"),
                new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportOverview(chosen, file.toPath());
        }
    }

    /** Writes the summary of the entries to {@code target} (.csv: CSV, otherwise a workbook) in the background. */
    BackgroundTask<Path> exportOverview(List<LibraryEntry> entries, Path target) {
        nianbao.export.ExportFormat format = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".csv") ? nianbao.export.ExportFormat.CSV : nianbao.export.ExportFormat.XLSX;
        if (target.getParent() != null) {
            lastFolder = target.getParent();
        }
        List<Long> ids = entries.stream().map(LibraryEntry::id).toList();
        progressText.setText(I18n.t("library.overview.writing", ids.size()));
        return executor.execute(TaskExecutor.Lane.JOBS, BackgroundTask.of("overview", () -> {
                    new nianbao.export.OverviewWriter().write(service.get().overview(ids), format, target);
                    return target;
                })
                .onSucceeded(path -> progressText.setText(I18n.t("library.overview.written", path)))
                .onFailed(e -> {
                    progressText.setText("");
                    Dialogs.exportFailed(stage, target, e);
                }));
    }

    /**
     * The examiner's word on two selected reports: the same organ (so the later is compared with the earlier),
     * not the same, or back to what their names say.
     */
    private javafx.scene.control.ContextMenu linkMenu() {
        javafx.scene.control.MenuItem same = new javafx.scene.control.MenuItem(I18n.t("library.link.same"));
        javafx.scene.control.MenuItem different = new javafx.scene.control.MenuItem(I18n.t("library.link.different"));
        javafx.scene.control.MenuItem byName = new javafx.scene.control.MenuItem(I18n.t("library.link.byName"));
        same.setOnAction(e -> link(Boolean.TRUE));
        different.setOnAction(e -> link(Boolean.FALSE));
        byName.setOnAction(e -> link(null));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(same, different, byName);
        menu.setOnShowing(e -> {
            boolean pair = table.getSelectionModel().getSelectedItems().size() == 2;
            menu.getItems().forEach(item -> item.setDisable(!pair));
        });
        return menu;
    }

    /** Links ({@code same} true), separates (false) or unlinks (null) the two selected reports. */
    void link(Boolean same) {
        List<LibraryEntry> pair = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (pair.size() != 2) {
            return;
        }
        long a = pair.get(0).id();
        long b = pair.get(1).id();
        executor.execute(TaskExecutor.Lane.JOBS, BackgroundTask.of("link", () -> {
                    if (same == null) {
                        service.get().unlink(a, b);
                    } else {
                        service.get().link(a, b, same);
                    }
                    return null;
                })
                .onSucceeded(v -> refresh())
                .onFailed(e -> Dialogs.failure(stage, e)));
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
        stopButton.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        progressText.textProperty().bind(task.messageProperty());
        exportButton.disableProperty().unbind();
        exportButton.setDisable(true);
        Runnable finish = () -> {
            progress.progressProperty().unbind();
            progressText.textProperty().unbind();
            progress.setVisible(false);
            stopButton.setVisible(false);
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
