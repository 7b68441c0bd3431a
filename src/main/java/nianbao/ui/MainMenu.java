package nianbao.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import nianbao.model.ReviewStatus;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The menu bar: File (open, recent, import a folder, library, export, exit), Edit (undo/redo naming what they undo),
 * Review (status), View (font size), Help (the bundled sample, about).
 */
final class MainMenu {
    private static final List<Integer> FONT_SIZES = List.of(12, 14, 16, 18, 20, 22);

    private final MainWindow window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu(I18n.t("menu.file.recent"));
    private final MenuItem undo = new MenuItem(I18n.t("menu.edit.undo"), Icons.icon("mdi2u-undo"));
    private final MenuItem redo = new MenuItem(I18n.t("menu.edit.redo"), Icons.icon("mdi2r-redo"));
    private final Map<ReviewStatus, RadioMenuItem> statuses = new EnumMap<>(ReviewStatus.class);
    private final ToggleGroup fontSizes = new ToggleGroup();
    private final MenuItem exportItem = new MenuItem(I18n.t("menu.file.export"), Icons.icon("mdi2f-file-export-outline"));

    MainMenu(MainWindow window, ReadOnlyObjectProperty<ReportViewModel> model) {
        this.window = window;
        bar.getMenus().addAll(fileMenu(), editMenu(), reviewMenu(), viewMenu(), helpMenu());
        bar.setUseSystemMenuBar(true);
        model.addListener((obs, old, now) -> follow(now));
        follow(null);
    }

    MenuBar bar() {
        return bar;
    }

    private Menu fileMenu() {
        MenuItem open = new MenuItem(I18n.t("menu.file.open"), Icons.icon("mdi2f-folder-open-outline"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> window.chooseAndOpen());
        MenuItem folder = new MenuItem(I18n.t("menu.file.importFolder"), Icons.icon("mdi2f-folder-multiple-outline"));
        folder.setOnAction(e -> window.library().chooseFolderAndImport());
        MenuItem libraryItem = new MenuItem(I18n.t("menu.file.library"), Icons.icon("mdi2b-bookshelf"));
        libraryItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        libraryItem.setOnAction(e -> window.library().show());
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportItem.setOnAction(e -> window.exportShown());
        exportItem.setId("menu-export");
        Menu file = new Menu(I18n.t("menu.file"));
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem exit = new MenuItem(I18n.t("menu.file.exit"));
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> {
            window.stage().hide();
            Platform.exit();
        });
        file.getItems().addAll(open, recent, folder, new SeparatorMenuItem(), libraryItem, exportItem,
                new SeparatorMenuItem(), exit);
        return file;
    }

    /** Help: the bundled sample report (to try the app on), and what the app is. */
    private Menu helpMenu() {
        MenuItem sample = new MenuItem(I18n.t("menu.file.sample"));
        sample.setId("menu-sample");
        sample.setOnAction(e -> window.openSample());
        MenuItem about = new MenuItem(I18n.t("menu.help.about"));
        about.setId("menu-about");
        about.setOnAction(e -> window.showAbout());
        Menu help = new Menu(I18n.t("menu.help"));
        help.getItems().addAll(sample, new SeparatorMenuItem(), about);
        return help;
    }

    private void fillRecent() {
        recent.getItems().clear();
        List<Path> files = window.recentFiles().list();
        for (Path file : files) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.open(file));
            recent.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(I18n.t("menu.file.recent.clear"));
            clear.setOnAction(e -> {
                window.recentFiles().clear();
                window.settings().save();
            });
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private Menu editMenu() {
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        undo.setMnemonicParsing(false);
        redo.setMnemonicParsing(false);
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        Menu edit = new Menu(I18n.t("menu.edit"));
        edit.getItems().addAll(undo, redo);
        return edit;
    }

    private Menu reviewMenu() {
        Menu review = new Menu(I18n.t("menu.review"));
        ToggleGroup group = new ToggleGroup();
        for (ReviewStatus status : ReviewStatus.values()) {
            RadioMenuItem item = new RadioMenuItem(DisplayNames.status(status));
            item.setToggleGroup(group);
            item.setOnAction(e -> {
                ReportViewModel current = window.modelProperty().get();
                if (current != null) {
                    window.run(() -> current.setStatus(status));
                }
            });
            statuses.put(status, item);
            review.getItems().add(item);
        }
        MenuItem next = new MenuItem(I18n.t("menu.review.nextUnreviewed"), Icons.icon("mdi2s-skip-next-outline"));
        next.setId("menu-next-unreviewed");
        next.setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+N"));
        next.setOnAction(e -> window.openNextUnreviewed());
        MenuItem examiner = new MenuItem(I18n.t("menu.review.examiner"), Icons.icon("mdi2a-account-edit-outline"));
        examiner.setOnAction(e -> window.changeExaminer());
        MenuItem threshold = new MenuItem(I18n.t("menu.review.repetition"));
        threshold.setId("menu-repetition-threshold");
        threshold.setOnAction(e -> window.changeRepetitionThreshold());
        review.getItems().addAll(new SeparatorMenuItem(), next, new SeparatorMenuItem(), examiner, threshold);
        return review;
    }

    private Menu viewMenu() {
        Menu size = new Menu(I18n.t("menu.view.fontSize"));
        for (int points : FONT_SIZES) {
            RadioMenuItem item = new RadioMenuItem(I18n.t("menu.view.fontSize.px", points));
            item.setToggleGroup(fontSizes);
            item.setUserData(points);
            item.setSelected(points == window.settings().fontSize());
            item.setOnAction(e -> window.setFontSize(points));
            size.getItems().add(item);
        }
        MenuItem larger = new MenuItem(I18n.t("menu.view.larger"));
        larger.setAccelerator(KeyCombination.keyCombination("Shortcut+EQUALS"));
        larger.setOnAction(e -> stepFont(2));
        MenuItem smaller = new MenuItem(I18n.t("menu.view.smaller"));
        smaller.setAccelerator(KeyCombination.keyCombination("Shortcut+MINUS"));
        smaller.setOnAction(e -> stepFont(-2));
        Menu language = new Menu(I18n.t("menu.view.language"));
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (String code : new String[]{"zh", "en"}) {
            RadioMenuItem item = new RadioMenuItem(code.equals("en") ? I18n.t("menu.view.language.en")
                    : I18n.t("menu.view.language.zh"));
            item.setId("menu-language-" + code);
            item.setToggleGroup(languages);
            item.setSelected(code.equals("en") == I18n.english());
            item.setOnAction(e -> window.chooseLanguage(code));
            language.getItems().add(item);
        }
        Menu view = new Menu(I18n.t("menu.view"));
        view.getItems().addAll(size, larger, smaller, new javafx.scene.control.SeparatorMenuItem(), language);
        return view;
    }

    private void stepFont(int step) {
        window.setFontSize(window.settings().fontSize() + step);
        int now = window.settings().fontSize();
        fontSizes.getToggles().forEach(t -> t.setSelected(Integer.valueOf(now).equals(t.getUserData())));
    }

    /** Binds the undo/redo items and the status choice to the report now shown. */
    private void follow(ReportViewModel now) {
        undo.textProperty().unbind();
        redo.textProperty().unbind();
        undo.disableProperty().unbind();
        redo.disableProperty().unbind();
        exportItem.setDisable(now == null);
        if (now == null) {
            undo.setDisable(true);
            redo.setDisable(true);
            statuses.values().forEach(item -> item.setDisable(true));
            return;
        }
        undo.textProperty().bind(now.undoTextProperty());
        redo.textProperty().bind(now.redoTextProperty());
        undo.disableProperty().bind(now.canUndoProperty().not());
        redo.disableProperty().bind(now.canRedoProperty().not());
        undo.setOnAction(e -> window.run(now::undo));
        redo.setOnAction(e -> window.run(now::redo));
        statuses.values().forEach(item -> item.setDisable(false));
        statuses.get(now.statusProperty().get()).setSelected(true);
        now.statusProperty().addListener((obs, was, status) -> statuses.get(status).setSelected(true));
    }
}
