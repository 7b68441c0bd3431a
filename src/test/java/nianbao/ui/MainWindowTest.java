package nianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.ReviewStatus;
import nianbao.model.Span;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real window, driven headless (Monocle) on a temporary review database: findings and colours, selection
 * linking finding, cells and source, editing, undo, and a review restored after closing and re-opening.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final CellRef REPEALED = new CellRef("active", "rules", "repealed");

    @TempDir
    Path dir;

    private Path db;
    private Settings settings;
    private MainWindow window;

    @BeforeAll
    static void theme() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().hide());
        }
    }

    /** Opens a window on the temporary database and waits until {@code file} is shown. */
    private MainWindow openWindow(FxRobot robot, Path file) throws Exception {
        return openWindow(robot, file, w -> { });
    }

    /** The same, with {@code beforeShowing} done to the window before it opens the file. */
    private MainWindow openWindow(FxRobot robot, Path file, java.util.function.Consumer<MainWindow> beforeShowing)
            throws Exception {
        db = dir.resolve("review.db");
        if (settings == null) {
            settings = Settings.load(dir.resolve("settings.properties"));
        }
        robot.interact(() -> {
            javafx.application.Platform.setImplicitExit(false);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window = new MainWindow(new Stage(), settings, () -> ReviewService.open(db, "测试员", Clock.systemUTC()));
            beforeShowing.accept(window);
            window.show(file);
        });
        return window;
    }

    /** Opens a window on {@code file} whose review store opens only once {@code storeSlow} is counted down. */
    private void openBehindSlowStore(FxRobot robot, Path file, java.util.concurrent.CountDownLatch storeSlow) {
        db = dir.resolve("review.db");
        settings = Settings.load(dir.resolve("settings.properties"));
        robot.interact(() -> {
            javafx.application.Platform.setImplicitExit(false);
            window = new MainWindow(new Stage(), settings, () -> {
                storeSlow.await(20, TimeUnit.SECONDS); // the open waits behind a store that is slow to open
                return ReviewService.open(db, "测试员", Clock.systemUTC());
            });
            window.show(file);
        });
    }

    /** Waits until every edit made so far is saved and what it changed is shown. */
    private void saved() throws Exception {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        window.executor().lane(TaskExecutor.Lane.EDITS).execute(() -> done.complete(null));
        done.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ReportViewModel waitForReport(ReportViewModel before) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.modelProperty().get() != null && window.modelProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        return window.modelProperty().get();
    }

    private Path sampleCopy() throws IOException {
        Path file = dir.resolve("anyang-2021.txt");
        try (InputStream in = MainWindowTest.class.getResourceAsStream("/nianbao/sample/anyang-2021.txt")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static List<String> listedRules(MainWindow window) {
        return window.findingsView().table().getItems().stream().map(Finding::rule).toList();
    }

    @Test
    void reviewsTheSampleAndRestoresTheReviewAfterReopening(FxRobot robot) throws Exception {
        Path file = sampleCopy();
        openWindow(robot, file);
        ReportViewModel model = waitForReport(null);

        assertThat(window.stage().getTitle()).isEqualTo("年报审查 — 安阳县人民政府 2021");
        assertThat(listedRules(window)).contains("value.negative", "narrative.mismatch");
        Node repealed = robot.lookup("#" + CellField.id(REPEALED)).query();
        assertThat(repealed.getStyleClass()).contains("error");
        assertThat(robot.lookup("#" + CellField.id(new CellRef("requests", "new_received", "total"))).query()
                .getStyleClass()).contains("warning");

        // selecting the finding selects its cell and the text it was read from
        TableRow<?> row = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Finding f && f.rule().equals("value.negative"))
                .findFirst().orElseThrow();
        robot.clickOn(row);
        assertThat(repealed.getStyleClass()).contains(TableGrid.IN_FINDING, TableGrid.SELECTED);
        Span span = model.session().original().tables().cell(REPEALED).provenance().span();
        assertThat(window.sourceView().textSelection().getStart()).isEqualTo(span.start());
        assertThat(window.sourceView().textSelection().getEnd()).isEqualTo(span.end());
        assertThat(window.sourceView().textArea().getSelectedText()).isEqualTo("-1");

        // typing 0 + Enter corrects the cell: the finding goes, the correction is stored
        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0").type(KeyCode.ENTER);
        saved();
        assertThat(listedRules(window)).doesNotContain("value.negative");
        assertThat(repealed.getStyleClass()).contains("corrected").doesNotContain("error");
        assertThat(storedCorrection()).isEqualTo("0");

        // Ctrl+Z undoes it, Ctrl+Y redoes it
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        saved();
        assertThat(listedRules(window)).contains("value.negative");
        assertThat(((CellField) repealed).getText()).isEqualTo("-1");
        assertThat(repealed.getStyleClass()).contains("error");
        assertThat(model.redoTextProperty().get()).contains("-1 → 0");
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        saved();
        assertThat(listedRules(window)).doesNotContain("value.negative");

        // Review ▸ 已审核
        robot.clickOn("审核").clickOn("已审核");
        saved();
        assertThat(model.statusProperty().get()).isEqualTo(ReviewStatus.REVIEWED);

        // close, open the same file in a new window on the same database: the review is back
        robot.interact(() -> window.stage().hide());
        openWindow(robot, file);
        ReportViewModel reopened = waitForReport(model);
        assertThat(reopened.cellText(REPEALED)).isEqualTo("0");
        assertThat(reopened.cellMarks(REPEALED)).contains(CellMark.CORRECTED);
        assertThat(reopened.statusProperty().get()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(listedRules(window)).doesNotContain("value.negative");
        assertThat(reopened.undoTextProperty().get()).contains("-1 → 0");
        assertThat(settings.recentFiles()).containsExactly(file.toAbsolutePath().normalize());
    }

    /** The correction of 规章 本年废止件数 as stored, read through a second service on the same database file. */
    private String storedCorrection() {
        try (ReviewService other = ReviewService.open(db, "检查", Clock.systemUTC())) {
            LibraryEntry entry = other.library().get(0);
            assertThat(entry.status()).isEqualTo(ReviewStatus.IN_REVIEW);
            ReviewSession stored = other.openStored(entry.id());
            return stored.correctionOf(REPEALED).map(c -> c.newRaw()).orElse(null);
        }
    }

    @Test
    void textThatIsNotANumberIsKeptAsACorrectionOnlyWhenConfirmedAndStaysAnError(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        waitForReport(null);
        java.util.List<String> asked = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean answer = new java.util.concurrent.atomic.AtomicBoolean(false);
        robot.interact(() -> window.tablesView().setConfirmNotNumber(text -> {
            asked.add(text);
            return answer.get();
        }));
        Node repealed = robot.lookup("#" + CellField.id(REPEALED)).query();
        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        saved();
        assertThat(asked).containsExactly("abc");
        try (ReviewService other = ReviewService.open(db, "检查", Clock.systemUTC())) {
            assertThat(other.openStored(other.library().get(0).id()).correctionOf(REPEALED))
                    .as("declined: nothing stored").isEmpty();
        }
        assertThat(((CellField) repealed).getText()).isEqualTo("-1");

        answer.set(true);
        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        saved();
        assertThat(storedCorrection()).isEqualTo("abc");
        assertThat(repealed.getStyleClass()).contains("corrected", "error");
        assertThat(listedRules(window)).contains("value.not_number");

        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0").type(KeyCode.ENTER);
        saved();
        assertThat(asked).as("a number is never asked about").hasSize(2);
        assertThat(storedCorrection()).isEqualTo("0");
    }

    @Test
    void theLanguageIsChosenInTheViewMenuAndKeptForTheNextStart(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        waitForReport(null);
        robot.clickOn("视图").clickOn("界面语言 Language").clickOn("English");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.LANGUAGE_ID).tryQuery().isPresent());
        DialogPane said = robot.lookup("#" + Dialogs.LANGUAGE_ID).queryAs(DialogPane.class);
        assertThat(said.getContentText()).contains("下次启动时界面改用英文").contains("The window speaks English");
        robot.interact(() -> said.getScene().getWindow().hide());
        assertThat(Settings.load(dir.resolve("settings.properties")).language()).isEqualTo("en");
    }

    @Test
    void at1280By800EveryColumnOfTheTablesIsInViewWithoutScrollingSideways(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        waitForReport(null);
        robot.interact(() -> {
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(1280);
            window.stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) window.tablesView()
                .lookupAll(".scroll-pane").stream().filter(n -> n instanceof javafx.scene.control.ScrollPane)
                .findFirst().orElseThrow();
        double content = scroll.getContent().getBoundsInLocal().getWidth();
        assertThat(content).as("the tables' width within the view's %s", scroll.getViewportBounds().getWidth())
                .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
    }

    @Test
    void quittingWhileACellIsBeingEditedKeepsWhatWasTyped(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        waitForReport(null);
        Node repealed = robot.lookup("#" + CellField.id(REPEALED)).query();
        // typed, not yet committed (no Enter, no Tab), then File → Exit's way out: the window is hidden
        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("0");
        robot.interact(() -> window.stage().hide());
        assertThat(storedCorrection()).as("the typed value was saved on the way out").isEqualTo("0");
    }

    @Test
    void startedWithoutAFileOpensTheBundledSampleLaidOutLikeTheForm(FxRobot robot) throws Exception {
        openWindow(robot, null);
        ReportViewModel model = waitForReport(null);
        assertThat(model.session().original().organ()).isEqualTo("安阳县人民政府");
        assertThat(settings.recentFiles()).isEmpty();
        for (String header : List.of("第二十条第（一）项", "申请人情况", "法人或其他组织", "三、本年度办理结果", "（三）不予公开",
                "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉")) {
            assertThat(robot.lookup(".table-grid > .label").queryAllAs(javafx.scene.control.Label.class))
                    .as(header).anyMatch(l -> l.getText().replace("\n", "").equals(header)); // group labels stack
        }
    }

    @Test
    void editsCommitOnTabAndOnFocusLossAndEscapeCancels(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        ReportViewModel model = waitForReport(null);
        CellRef issued = new CellRef("active", "rules", "issued");
        CellRef inForce = new CellRef("active", "rules", "in_force");
        CellRef normative = new CellRef("active", "normative_documents", "issued");

        robot.clickOn("#" + CellField.id(issued)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("3").type(KeyCode.TAB);
        saved();
        assertThat(model.cellText(issued)).isEqualTo("3");

        robot.clickOn("#" + CellField.id(inForce)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("7");
        robot.clickOn("#correction-note");
        saved();
        assertThat(model.cellText(inForce)).isEqualTo("7");

        robot.clickOn("#" + CellField.id(normative)).write("99").type(KeyCode.ESCAPE);
        robot.clickOn("#correction-note");
        saved();
        assertThat(model.cellText(normative)).isEqualTo("9");
        assertThat(model.session().corrections()).hasSize(2);
        assertThat(model.undoTextProperty().get()).contains("现行有效件数");

        // (Monocle sends no context-menu request on a right click, so the request is sent to the cell and the
        // item is fired as the menu would)
        CellField issuedField = robot.lookup("#" + CellField.id(issued)).queryAs(CellField.class);
        javafx.scene.control.ContextMenu menu = issuedField.getContextMenu();
        java.util.concurrent.atomic.AtomicBoolean shown = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            javafx.geometry.Bounds b = issuedField.localToScreen(issuedField.getLayoutBounds());
            javafx.geometry.Point2D at = issuedField.localToScene(2, 2);
            javafx.event.Event.fireEvent(issuedField, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 2, 2, b.getMinX() + 2,
                    b.getMinY() + 2, false, new javafx.scene.input.PickResult(issuedField, at.getX(), at.getY())));
            shown.set(menu.isShowing());
            menu.getItems().stream().filter(i -> "恢复为报告所印的值".equals(i.getText())).findFirst().orElseThrow().fire();
            menu.hide();
        });
        assertThat(shown.get()).isTrue();
        saved();
        assertThat(model.cellText(issued)).isEqualTo("0");
    }

    @Test
    void aFindingIsResolvedWithANote(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        ReportViewModel model = waitForReport(null);
        Finding negative = model.findings().stream().filter(f -> f.rule().equals("value.negative")).findFirst()
                .orElseThrow();
        robot.interact(() -> window.findingsView().table().getSelectionModel().select(negative));
        robot.clickOn("#resolution-note").write("已与发布机关核实");
        robot.clickOn("#resolve-report-error");
        saved();
        assertThat(model.resolutionOf(negative)).get().satisfies(r -> {
            assertThat(r.resolution()).isEqualTo(nianbao.model.Resolution.REPORT_ERROR_CONFIRMED);
            assertThat(r.note()).isEqualTo("已与发布机关核实");
        });
        assertThat(robot.lookup("报告本身错误（已确认）：已与发布机关核实").tryQuery()).isPresent();
        assertThat(window.findingsView().table().getSelectionModel().getSelectedItem().rule()).isEqualTo("value.negative");
    }

    @Test
    void aPdfShowsItsRenderedPagesWithTheSelectedValueOutlined(FxRobot robot) throws Exception {
        Path pdf = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"), "generated", "danxia-hrss-2021.pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(pdf), "corpus PDF missing: " + pdf);
        openWindow(robot, pdf);
        ReportViewModel model = waitForReport(null);
        assertThat(model.isPdf()).isTrue();
        robot.clickOn("页面");
        CellRef cell = model.session().original().tables().cells().iterator().next().ref();
        robot.interact(() -> model.selection().selectCell(cell));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".page-view .image-view").queryAllAs(javafx.scene.image.ImageView.class).stream()
                        .anyMatch(v -> v.getImage() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".page-box").tryQuery()).isPresent();
    }

    @Test
    void aScannedImageFileIsRecognisedWithProgressAndShowsItsPagesWithBoxesAndTheValuesReadByOcr(FxRobot robot)
            throws Exception {
        Path source = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"), "generated", "yanqi-county-2022.pdf");
        Path tiff = dir.resolve("yanqi-scan.tiff");
        Files.write(tiff, nianbao.golden.ScanMaker.images(Files.readAllBytes(source),
                new nianbao.golden.ScanMaker.Recipe(150, false, 0.6, 0, 2, 0.8f, false, java.util.Set.of()), "tiff"));
        java.util.List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        openWindow(robot, tiff, w -> {
            w.statusLine().textProperty().addListener((obs, old, now) -> said.add(String.valueOf(now)));
            w.statusLine().progressProperty().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        ReportViewModel model = window.modelProperty().get();
        assertThat(said).as("the status line while the pages were recognised")
                .anyMatch(t -> t.contains("正在识别 yanqi-scan.tiff 的页面图片：第 1/"));
        assertThat(progress).as("the progress bar went from page to page").anyMatch(p -> p > 0 && p < 1);

        assertThat(model.hasPages()).isTrue();
        nianbao.model.Cell read = java.util.stream.StreamSupport.stream(
                        model.session().original().tables().cells().spliterator(), false)
                .filter(c -> c.provenance() != null && c.provenance().ocr()).findFirst().orElseThrow();
        assertThat(robot.lookup("#" + CellField.id(read.ref())).query().getStyleClass()).contains("ocr");
        assertThat(model.cellTooltip(read.ref())).get().asString().contains("图片识别所得（把握");
        robot.clickOn("页面");
        robot.interact(() -> model.selection().selectCell(read.ref()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup(".page-view .image-view").queryAllAs(javafx.scene.image.ImageView.class).stream()
                        .anyMatch(v -> v.getImage() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".page-box").tryQuery()).as("the value's box on its page").isPresent();
    }

    @Test
    void anEmptyFileShowsItsMessageInADialog(FxRobot robot) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));
        openWindow(robot, empty);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.BAD_INPUT_ID).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#" + Dialogs.BAD_INPUT_ID).queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("empty.pdf");
        assertThat(dialog.getContentText()).isEqualTo("文件为空");
        assertThat(window.modelProperty().get()).isNull();
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void whileAReportOpensTheTablesAndTheFindingsSaySoAndItThenShowsFromItsTop(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch storeSlow = new java.util.concurrent.CountDownLatch(1);
        Path file = sampleCopy();
        openBehindSlowStore(robot, file, storeSlow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".findings-view .placeholder .label").queryAs(javafx.scene.control.Label.class).getText())
                .as("not 'no findings' while nothing is read yet").isEqualTo("正在打开 anyang-2021.txt…");
        assertThat(robot.lookup(".loading-message").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("正在打开 anyang-2021.txt…");
        storeSlow.countDown();
        ReportViewModel model = waitForReport(null);
        assertThat(robot.lookup(".loading-message").tryQuery()).isEmpty();
        assertThat(listedRules(window)).isNotEmpty();

        // scrolled down in one report, the next one opens at its top
        robot.interact(() -> window.tablesView().lookupAll(".scroll-pane").stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollPane).findFirst()
                .ifPresent(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1)));
        Path other = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"), "generated", "heming-county-2022.txt");
        robot.interact(() -> window.open(other));
        waitForReport(model);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) window.tablesView()
                .lookupAll(".scroll-pane").stream().filter(n -> n instanceof javafx.scene.control.ScrollPane)
                .findFirst().orElseThrow();
        assertThat(scroll.getVvalue()).isZero();
    }

    @Test
    void startedWithoutAFileTheWindowOpensTheLastReportNotTheSampleAndHelpHasTheSampleAndAbout(FxRobot robot)
            throws Exception {
        Path last = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"), "generated", "heming-county-2022.txt")
                .toAbsolutePath();
        settings = Settings.load(dir.resolve("settings.properties"));
        settings.setRecentFiles(List.of(dir.resolve("gone.pdf"), last)); // the first no longer exists
        openWindow(robot, null);
        ReportViewModel model = waitForReport(null);
        assertThat(model.session().original().organ()).isEqualTo("鹤鸣县人民政府");

        robot.clickOn("帮助").clickOn("#menu-about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + Dialogs.ABOUT_ID).tryQuery().isPresent());
        DialogPane about = robot.lookup("#" + Dialogs.ABOUT_ID).queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).startsWith("年报审查 Nianbao Review");
        assertThat(about.getContentText()).contains("审查库：").contains("PP-OCRv4");
        robot.interact(() -> about.getScene().getWindow().hide());

        robot.clickOn("帮助").clickOn("#menu-sample");
        ReportViewModel sample = waitForReport(model);
        assertThat(sample.session().original().organ()).isEqualTo("安阳县人民政府");
    }

    @Test
    void anOpenIsCancelledFromTheStatusBarAndTheNextOneIsShown(FxRobot robot) throws Exception {
        java.util.concurrent.CountDownLatch storeSlow = new java.util.concurrent.CountDownLatch(1);
        Path file = sampleCopy();
        openBehindSlowStore(robot, file, storeSlow);
        javafx.scene.control.Button cancel = robot.lookup("#" + StatusLine.CANCEL_ID).queryAs(javafx.scene.control.Button.class);
        assertThat(cancel.isVisible()).isTrue();
        assertThat(window.statusLine().getText()).isEqualTo("正在打开 anyang-2021.txt…");
        robot.clickOn(cancel);
        storeSlow.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "已取消：anyang-2021.txt".equals(window.statusLine().getText()));
        assertThat(cancel.isVisible()).isFalse();
        assertThat(window.modelProperty().get()).isNull();
        assertThat(settings.recentFiles()).isEmpty();

        robot.interact(() -> window.open(file));
        ReportViewModel model = waitForReport(null);
        assertThat(model.session().original().organ()).isEqualTo("安阳县人民政府");
        assertThat(window.statusLine().getText()).isEqualTo("已打开 anyang-2021.txt");
    }

    @Test
    void aCorrectionTheStoreRefusesIsToldWithWhatItWasAndTheCellShowsWhatIsStored(FxRobot robot) throws Exception {
        openWindow(robot, sampleCopy());
        ReportViewModel model = waitForReport(null);
        window.service().close(); // the database goes away under the window

        Node repealed = robot.lookup("#" + CellField.id(REPEALED)).query();
        robot.clickOn(repealed).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("0").type(KeyCode.ENTER);
        saved();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Dialogs.NOT_SAVED_ID).tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#" + Dialogs.NOT_SAVED_ID).queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("此项修改未能保存");
        assertThat(dialog.getContentText()).contains("将 规章 · 本年废止件数 更正为 0", "审核数据库");
        assertThat(((CellField) repealed).getText()).isEqualTo("-1");
        assertThat(model.cellMarks(REPEALED)).contains(CellMark.ERROR).doesNotContain(CellMark.CORRECTED);
        assertThat(listedRules(window)).contains("value.negative");
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
