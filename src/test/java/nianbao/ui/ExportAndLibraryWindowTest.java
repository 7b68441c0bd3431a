package nianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import nianbao.export.ExportFormat;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, headless, on a temporary database: exporting the open report (each format, asking before replacing
 * a file), the library (import a folder with a bad file, filter, export several reports at once).
 */
@ExtendWith(ApplicationExtension.class)
class ExportAndLibraryWindowTest {
    private static final Path CORPUS = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"), "generated");

    @TempDir
    Path dir;

    private MainWindow window;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().hide());
        }
    }

    private ReportViewModel openWindow(FxRobot robot, Path file) throws Exception {
        Path db = dir.resolve("review.db");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window = new MainWindow(new Stage(), settings, () -> ReviewService.open(db, "测试员", Clock.systemUTC()));
            window.show(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.modelProperty().get();
    }

    private Path sampleCopy() throws IOException {
        Path file = dir.resolve("anyang-2021.txt");
        try (InputStream in = getClass().getResourceAsStream("/nianbao/sample/anyang-2021.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Waits for a background task; its get() throws when it failed. */
    private static void waitDone(BackgroundTask<?> task) throws Exception {
        task.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane waitForDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    /** Clicks a dialog's button once it is on screen (a dialog is found before its window has shown). */
    private static void clickWhenShown(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(text)
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent()
                && robot.lookup(text).queryAll().stream().anyMatch(n -> n.getScene().getWindow().isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(text);
    }

    @Test
    void theOpenReportIsExportedToEachFormat(FxRobot robot) throws Exception {
        ReportViewModel model = openWindow(robot, sampleCopy());
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("out").resolve("sample" + format.extension());
            Files.createDirectories(target.getParent());
            AtomicReference<ExportTask> task = new AtomicReference<>();
            robot.interact(() -> task.set(window.reportExport().export(model, new ExportDialog.Request(format, target))));
            waitDone(task.get());
            assertThat(target).as(format.id()).isRegularFile();
            assertThat(Files.size(target)).isPositive();
            assertThat(robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                    .contains(target.toString());
        }
        assertThat(Files.readString(dir.resolve("out/sample.json"), StandardCharsets.UTF_8)).contains("安阳县人民政府");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheExaminerSaysYes(FxRobot robot) throws Exception {
        ReportViewModel model = openWindow(robot, sampleCopy());
        Path target = Files.writeString(dir.resolve("existing.json"), "keep me");
        ExportDialog.Request request = new ExportDialog.Request(ExportFormat.JSON, target);

        Platform.runLater(() -> window.reportExport().export(model, request));
        DialogPane ask = waitForDialog(robot, Dialogs.OVERWRITE_ID);
        assertThat(ask.getHeaderText()).contains("existing.json");
        clickWhenShown(robot, "不替换");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        assertThat(Files.readString(target)).isEqualTo("keep me");

        AtomicReference<ExportTask> task = new AtomicReference<>();
        Platform.runLater(() -> task.set(window.reportExport().export(model, request)));
        waitForDialog(robot, Dialogs.OVERWRITE_ID);
        clickWhenShown(robot, "替换");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task.get() != null);
        waitDone(task.get());
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("安阳县人民政府");
    }

    @Test
    void theLibraryClosesWithEscapeAndWithCtrlW(FxRobot robot) throws Exception {
        openWindow(robot, CORPUS.resolve("heming-county-2022.txt"));
        AtomicReference<LibraryWindow> created = new AtomicReference<>();
        robot.interact(() -> created.set(window.library()));
        LibraryWindow library = created.get();
        for (javafx.scene.input.KeyCode[] keys : List.of(new javafx.scene.input.KeyCode[]{javafx.scene.input.KeyCode.ESCAPE},
                new javafx.scene.input.KeyCode[]{javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W})) {
            robot.interact(library::show);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.stage().isShowing());
            robot.interact(() -> library.stage().requestFocus());
            robot.clickOn(library.table());
            robot.push(keys);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(library.stage().isShowing()).as(java.util.Arrays.toString(keys)).isFalse();
        }
    }

    @Test
    void aFolderIsImportedFilteredAndExportedFromTheLibrary(FxRobot robot) throws Exception {
        Path danxia = CORPUS.resolve("danxia-hrss-2021.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(danxia), "corpus missing: " + danxia);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        Files.copy(danxia, folder.resolve("danxia.txt"));
        Files.copy(CORPUS.resolve("heming-county-2022.txt"), folder.resolve("heming.txt"));
        Files.createFile(folder.resolve("empty.pdf"));
        openWindow(robot, folder.resolve("danxia.txt"));

        robot.interact(() -> window.library().importFolder(folder));
        DialogPane summary = waitForDialog(robot, Dialogs.SUMMARY_ID);
        assertThat(summary.getHeaderText()).isEqualTo("已导入 1 份，已在库中 1 份，跳过非年报文件 0 个，失败 1 个");
        assertThat(summary.getContentText()).contains("empty.pdf", "文件为空");
        robot.interact(() -> summary.getScene().getWindow().hide());

        LibraryWindow library = window.library();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.table().getItems().size() == 2);
        assertThat(library.table().getItems()).extracting(LibraryEntry::organ)
                .containsExactlyInAnyOrder("丹霞市人力资源和社会保障局", "鹤鸣县人民政府");
        robot.clickOn("#library-filter").write("鹤鸣");
        assertThat(library.table().getItems()).extracting(LibraryEntry::organ).containsExactly("鹤鸣县人民政府");
        robot.interact(() -> library.model().textFilterProperty().set(""));

        // select both and export them as JSON into a folder
        robot.interact(() -> library.table().getSelectionModel().selectAll());
        List<LibraryEntry> selected = List.copyOf(library.table().getSelectionModel().getSelectedItems());
        Path out = Files.createDirectories(dir.resolve("exported"));
        AtomicReference<BatchExportTask> task = new AtomicReference<>();
        robot.interact(() -> task.set(library.exportSelected(selected, new ExportDialog.Request(ExportFormat.JSON, out))));
        waitDone(task.get());
        DialogPane exported = waitForDialog(robot, Dialogs.SUMMARY_ID);
        assertThat(exported.getHeaderText()).startsWith("已导出 2 份，失败 0 份");
        robot.interact(() -> exported.getScene().getWindow().hide());
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder(
                    ExportTargets.fileName(selected.get(0), ExportFormat.JSON),
                    ExportTargets.fileName(selected.get(1), ExportFormat.JSON));
        }
        assertThat(ExportTargets.fileName(selected.get(0), ExportFormat.JSON)).matches(".+-20\\d\\d-\\d+\\.json");

        // again: asked once about the two existing files; skipping leaves them and says so
        Platform.runLater(() -> library.exportSelected(selected, new ExportDialog.Request(ExportFormat.JSON, out)));
        DialogPane ask = waitForDialog(robot, Dialogs.BATCH_OVERWRITE_ID);
        assertThat(ask.getHeaderText()).contains("2");
        clickWhenShown(robot, "跳过已有文件");
        DialogPane skipped = waitForDialog(robot, Dialogs.SUMMARY_ID);
        assertThat(skipped.getHeaderText()).startsWith("已导出 0 份，失败 0 份，跳过已有 2 份");
        robot.interact(() -> skipped.getScene().getWindow().hide());

        // double-click opens a report of the library
        LibraryEntry heming = library.table().getItems().stream()
                .filter(e -> e.organ().equals("鹤鸣县人民政府")).findFirst().orElseThrow();
        robot.interact(() -> window.openStored(heming.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.modelProperty().get().session().reportId() == heming.id());
    }
}
