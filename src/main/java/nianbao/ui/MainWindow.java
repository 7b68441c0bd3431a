package nianbao.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import nianbao.model.BadInputException;
import nianbao.review.ReviewService;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The main window: the source on the left, the tables on the right, the findings below, menus and a status bar;
 * it opens reports through a {@link ReportOpener} and shows each in a {@link ReportViewModel}.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final RecentFiles recent;
    private final ReportOpener opener;
    private final ReadOnlyObjectWrapper<ReportViewModel> model = new ReadOnlyObjectWrapper<>();
    private final TaskExecutor executor;
    private final SourceView source;
    private final TablesView tables = new TablesView(this::showFailure);
    private final FindingsView findings = new FindingsView(this::showFailure, this::openStored, this::showRepetition);
    private final StatusLine status = new StatusLine();
    private final BorderPane root = new BorderPane();
    private final ReportExport export;
    private LibraryWindow library;
    private boolean closed;

    public MainWindow(Stage stage, Settings settings, Callable<ReviewService> service) {
        this(stage, settings, service, new ThreadedTaskExecutor());
    }

    /** With {@code executor} running the window's background work. */
    MainWindow(Stage stage, Settings settings, Callable<ReviewService> service, TaskExecutor executor) {
        this.stage = stage;
        this.settings = settings;
        this.executor = executor;
        this.recent = new RecentFiles(settings);
        this.source = new SourceView(executor.lane(TaskExecutor.Lane.PAGES));
        this.opener = new ReportOpener(executor, service, this::showModel, this::showOpenFailure,
                this::showEditFailure, status);
        opener.loadingProperty().addListener((obs, old, name) -> {
            String message = name == null ? null : I18n.t("status.opening", name);
            tables.setLoading(message);
            findings.setLoading(message);
        });
        this.export = new ReportExport(stage, this::service, status, executor);
        SplitPane sides = new SplitPane(source, tables);
        sides.setDividerPositions(0.40); // at 1280 wide, table 三 fits beside the source without scrolling sideways
        SplitPane main = new SplitPane(sides, findings);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.68);
        MainMenu menu = new MainMenu(this, model.getReadOnlyProperty());
        root.setTop(new VBox(menu.bar()));
        root.setCenter(main);
        root.setBottom(status);
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("/nianbao/ui/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::historyKeys);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!files.isEmpty());
            if (!files.isEmpty() && files.get(0).isDirectory() && !nianbao.extract.PageFolder.is(files.get(0).toPath())) {
                library().importFolder(files.get(0).toPath()); // a folder dropped is imported into the library
            } else if (!files.isEmpty()) {
                open(files.get(0).toPath()); // a file, or a folder of the scanned pages of one report
            }
            e.consume();
        });
        stage.setScene(scene);
        stage.setTitle(I18n.t("window.title"));
        setFontSize(settings.fontSize());
        WindowPlacement.restore(stage, settings);
        stage.setOnHidden(e -> close());
        opener.warnings(warning -> Dialogs.warning(stage, I18n.t("dialog.storeWarning.header"), warning));
        applyRepetitionThreshold();
    }

    /**
     * Shows the window and opens {@code file}; when it is null, the report last opened (where it still is), and only
     * on a first start, with nothing opened before, the bundled sample (Help opens it at any time).
     */
    public void show(Path file) {
        stage.show();
        StartupTiming.step("window shown");
        Path last = file != null ? null : recent.list().stream()
                .filter(p -> Files.isRegularFile(p) || nianbao.extract.PageFolder.is(p)).findFirst().orElse(null);
        if (file != null) {
            open(file);
        } else if (last != null) {
            open(last);
        } else {
            openSample();
        }
    }

    /** Keeps the language chosen in the menu; the window speaks it from the next start. */
    void chooseLanguage(String code) {
        settings.setLanguage(code);
        settings.save();
        if (code.equals("en") != I18n.english()) {
            Dialogs.languageOnRestart(stage, code);
        }
    }

    void showAbout() {
        Dialogs.about(stage, nianbao.review.ReviewService.defaultDatabase().toAbsolutePath().toString());
    }

    public void open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        opener.open(absolute, () -> {
            recent.add(absolute);
            settings.save();
        });
    }

    public void openSample() {
        opener.openSample();
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(I18n.t("dialog.open.reports"),
                        "*.pdf", "*.docx", "*.doc", "*.html", "*.htm", "*.txt", "*.md", "*.png", "*.jpg", "*.jpeg",
                        "*.tif", "*.tiff"),
                new FileChooser.ExtensionFilter(I18n.t("dialog.open.all"), "*.*"));
        recent.list().stream().map(Path::getParent).filter(p -> p != null && p.toFile().isDirectory()).findFirst()
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a report of the library (double-click in the library window). */
    void openStored(long reportId) {
        opener.openStored(reportId, I18n.t("library.report", reportId));
    }

    /**
     * Review ▸ Next Unreviewed: opens the next unreviewed report after the one shown, in the library window's order
     * when it is open, else worst first; the status line says when there is none.
     */
    void openNextUnreviewed() {
        ReportViewModel current = model.get();
        long currentId = current == null ? -1 : current.session().reportId();
        java.util.Comparator<nianbao.review.LibraryEntry> order = library != null && library.stage().isShowing()
                && library.table().getComparator() != null ? library.table().getComparator()
                : LibraryViewModel.WORST_FIRST;
        executor.execute(TaskExecutor.Lane.JOBS, BackgroundTask.of("next", () -> service().library())
                .onSucceeded(entries -> LibraryViewModel.nextUnreviewed(entries.stream().sorted(order).toList(),
                                currentId)
                        .ifPresentOrElse(e -> openStored(e.id()),
                                () -> status.setText(I18n.t("status.noneUnreviewed"))))
                .onFailed(this::showFailure));
    }

    /**
     * The two years' narratives of the report shown side by side with the copied sentences marked; last year's text
     * is read from the library in the background. Returns that task, or null when there is no previous year.
     */
    BackgroundTask<String> showRepetition() {
        ReportViewModel current = model.get();
        java.util.Optional<nianbao.review.PreviousYear> previous = current == null ? java.util.Optional.empty()
                : current.session().previousYear();
        if (previous.isEmpty()) {
            return null;
        }
        nianbao.review.PreviousYear p = previous.get();
        nianbao.model.Report now = current.session().original();
        String header = I18n.t("repetition.header", Math.round(p.repetition().rate() * 100),
                p.repetition().copiedSentences(), p.repetition().sentences());
        return executor.execute(TaskExecutor.Lane.JOBS,
                BackgroundTask.of("repetition", () -> service().openStored(p.stored().id()).original().text())
                        .onSucceeded(before -> RepetitionView.show(stage, header, yearTitle(now.organ(), now.year()),
                                now.text(), p.repetition().copied(), yearTitle(p.stored().organ(), p.stored().year()),
                                before, p.repetition().copiedInPrevious()))
                        .onFailed(this::showFailure));
    }

    private static String yearTitle(String organ, Integer year) {
        return I18n.t("repetition.side", organ == null ? "" : organ, year == null ? "?" : String.valueOf(year));
    }

    /** File ▸ Export… for the report shown. */
    void exportShown() {
        if (model.get() != null) {
            export.chooseAndExport(model.get());
        }
    }

    ReportExport reportExport() {
        return export;
    }

    /** The library window, created on first use. */
    LibraryWindow library() {
        if (library == null) {
            library = new LibraryWindow(stage, this::service, executor, this::openStored);
        }
        return library;
    }

    /** Where the window's background work runs (tests wait on its lanes). */
    TaskExecutor executor() {
        return executor;
    }

    StatusLine statusLine() {
        return status;
    }

    RecentFiles recentFiles() {
        return recent;
    }

    Settings settings() {
        return settings;
    }

    Stage stage() {
        return stage;
    }

    /** The report shown, or null before the first one is open. */
    public ReadOnlyObjectProperty<ReportViewModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** The review service, waiting for it to be opened if need be. */
    public ReviewService service() {
        return opener.service();
    }

    SourceView sourceView() {
        return source;
    }

    TablesView tablesView() {
        return tables;
    }

    FindingsView findingsView() {
        return findings;
    }

    void setFontSize(int size) {
        settings.setFontSize(size);
        root.setStyle("-fx-font-size: " + settings.fontSize() + "px;");
    }

    void changeExaminer() {
        Dialogs.askExaminer(stage, settings.examiner()).ifPresent(name -> {
            settings.setExaminer(name);
            settings.save();
            opener.setExaminer(name);
            status.setExaminer(name);
        });
    }

    /**
     * 审核 ▸ 重复率阈值…: the share of last year's narrative above which text.repetition is raised; kept in the
     * settings, in force for the reports opened from now on.
     */
    void changeRepetitionThreshold() {
        Dialogs.askPercent(stage, settings.repetitionPercent()).ifPresent(percent -> {
            settings.setRepetitionPercent(percent);
            settings.save();
            applyRepetitionThreshold();
            status.setText(I18n.t("status.repetitionThreshold", percent));
        });
    }

    private void applyRepetitionThreshold() {
        int percent = settings.repetitionPercent();
        executor.lane(TaskExecutor.Lane.OPEN).execute(() -> service().setRepetitionThreshold(percent / 100.0));
    }

    /**
     * Saves the window state, lets the edits made be saved (and says which could not be), then closes the review
     * store; called once when the window goes away. An open still running is cancelled.
     */
    public void close() {
        if (closed) {
            return;
        }
        tables.commitEditing();
        closed = true;
        WindowPlacement.save(stage, settings);
        settings.save();
        source.closePages();
        if (library != null) {
            library.stage().hide();
        }
        opener.cancel();
        executor.shutdown(Duration.ofSeconds(30));
        ReportViewModel last = model.get();
        List<EditNotSavedException> untold = last == null ? List.of()
                : last.unsavedEdits().stream().filter(e -> !e.told()).toList();
        if (!untold.isEmpty()) {
            Dialogs.notSavedOnQuit(null, untold);
        }
        opener.close();
    }

    /** Tells of an edit the store refused, unless the window is closing (then the list on quitting tells of it). */
    private void showEditFailure(EditNotSavedException notSaved) {
        if (!closed) {
            Dialogs.editNotSaved(stage, notSaved);
        }
    }

    private void showModel(ReportViewModel newModel, Path file) {
        StartupTiming.step("report opened");
        long id = newModel.session().reportId();
        source.show(newModel, () -> service().sourceBytes(id).orElse(null));
        tables.show(newModel);
        findings.show(newModel);
        model.set(newModel);
        stage.setTitle(newModel.title());
        status.show(newModel, settings.examiner());
        StartupTiming.whenLaidOut(stage.getScene());
        newModel.session().readOnly().ifPresentOrElse(reason -> Dialogs.readOnly(stage, reason),
                () -> ExportWarmUp.startOnce(service().reviewed(newModel.session()), executor));
        if (library != null && library.stage().isShowing()) {
            library.refresh();
        }
    }

    private void showOpenFailure(String name, Throwable failure) {
        if (failure instanceof BadInputException bad) {
            Dialogs.badInput(stage, name, bad);
        } else {
            showFailure(failure);
        }
    }

    private void showFailure(Throwable failure) {
        Dialogs.failure(stage, failure);
    }

    /**
     * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo and redo the examiner's corrections wherever the focus is, except
     * while a value is being typed: then they act on the text being typed, as in any text field.
     */
    private void historyKeys(KeyEvent e) {
        ReportViewModel current = model.get();
        if (current == null || !e.isShortcutDown()
                || (e.getCode() != KeyCode.Z && e.getCode() != KeyCode.Y)) {
            return;
        }
        if (stage.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl input
                && input.isEditable() && !(input instanceof CellEditor editor && !editor.isDirty())) {
            return;
        }
        if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
            run(current::redo);
        } else {
            run(current::undo);
        }
        e.consume();
    }

    void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            showFailure(ex);
        }
    }
}
