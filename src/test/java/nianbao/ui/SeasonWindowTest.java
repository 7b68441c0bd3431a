package nianbao.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nianbao.check.SeasonFixtures;
import nianbao.model.Finding;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examiner's season in the real window, headless: a folder of two years of one organ and reports of others is
 * imported, the worklist puts the worst first, the worst is opened, its cross-year finding shows last year's side and
 * opens last year's report, and the summary workbook is written from the library.
 */
@ExtendWith(ApplicationExtension.class)
class SeasonWindowTest {
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

    private Path season() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("season"));
        Files.writeString(folder.resolve("anyang-2021.txt"), SeasonFixtures.sampleText(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("anyang-2022.txt"), SeasonFixtures.text2022("河南省安阳县人民政府",
                "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "行政规范性文件 3 1 11"), StandardCharsets.UTF_8);
        Files.copy(CORPUS.resolve("heming-county-2022.txt"), folder.resolve("heming-2022.txt"));
        Files.copy(CORPUS.resolve("danxia-hrss-2021.txt"), folder.resolve("danxia-2021.txt"));
        Files.writeString(folder.resolve("README.md"), "# 说明\n本文件夹收存报送材料。\n");
        return folder;
    }

    @Test
    void aSeasonIsImportedWorkedWorstFirstFollowedAcrossYearsAndSummarised(FxRobot robot) throws Exception {
        Path folder = season();
        Path db = dir.resolve("review.db");
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        robot.interact(() -> {
            Platform.setImplicitExit(false);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            window = new MainWindow(new Stage(), settings, () -> ReviewService.open(db, "测试员", Clock.systemUTC()));
            window.show(null);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.modelProperty().get() != null);

        // import the folder: four reports, the README skipped
        robot.interact(() -> window.library().importFolder(folder));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#" + Dialogs.SUMMARY_ID).tryQuery().isPresent());
        DialogPane summary = robot.lookup("#" + Dialogs.SUMMARY_ID).queryAs(DialogPane.class);
        assertThat(summary.getHeaderText()).isEqualTo("已导入 3 份，已在库中 1 份，跳过非年报文件 1 个，失败 0 个");
        assertThat(summary.getContentText()).contains("README.md：不是年报文档，已跳过");
        robot.interact(() -> summary.getScene().getWindow().hide());

        // the worklist: worst first, the later year compared with the earlier
        LibraryWindow library = window.library();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> library.table().getItems().size() == 4);
        List<LibraryEntry> rows = List.copyOf(library.table().getItems());
        assertThat(rows).isSortedAccordingTo(LibraryViewModel.WORST_FIRST);
        LibraryEntry worst = rows.get(0);
        assertThat(worst.organ()).isEqualTo("河南省安阳县人民政府");
        assertThat(worst.hasPreviousYear()).isTrue();
        assertThat(worst.repetition()).isGreaterThan(0.9);
        assertThat(LibraryTable.crossYear(LibraryTable.crossYearRank(worst))).isEqualTo("3 处与上年不符");

        // open the worst; its carry-over finding shows last year's cell and opens last year's report
        robot.interact(() -> window.openStored(worst.id()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.modelProperty().get().session().reportId() == worst.id());
        WaitForAsyncUtils.waitForFxEvents();
        Finding carryover = window.modelProperty().get().findings().stream()
                .filter(f -> f.rule().equals("crossyear.carryover") && "total".equals(f.column()))
                .findFirst().orElseThrow();
        robot.interact(() -> window.findingsView().table().getSelectionModel().select(carryover));
        Label previous = robot.lookup("#previous-year-text").queryAs(Label.class);
        assertThat(previous.isVisible()).isTrue();
        assertThat(previous.getText()).startsWith("2021年 安阳县人民政府：")
                .contains("上年 四、结转下年度继续办理 · 总计 = 2", "本年 二、上年结转政府信息公开申请数量 · 总计 = 1");
        // the repetition: both years' narratives side by side, the copied sentences marked in each
        Finding repetition = window.modelProperty().get().findings().stream()
                .filter(f -> f.rule().equals("text.repetition")).findFirst().orElseThrow();
        robot.interact(() -> window.findingsView().table().getSelectionModel().select(repetition));
        assertThat(robot.lookup("#show-repetition").query().isVisible()).isTrue();
        java.util.concurrent.atomic.AtomicReference<BackgroundTask<String>> shownTask =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shownTask.set(window.showRepetition()));
        assertThat(shownTask.get().finished().get(30, TimeUnit.SECONDS)).isEqualTo(BackgroundTask.Outcome.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();
        for (String side : List.of("#repetition-now", "#repetition-before")) {
            javafx.scene.text.TextFlow flow = robot.lookup(side).queryAs(javafx.scene.text.TextFlow.class);
            assertThat(flow.getChildren()).as(side)
                    .anyMatch(n -> n.getStyleClass().contains(RepetitionView.COPIED));
        }
        assertThat(robot.lookup("#repetition-header").queryAs(Label.class).getText()).startsWith("正文与上年报告重复率");
        robot.interact(() -> robot.lookup("#repetition-now").query().getScene().getWindow().hide());

        robot.interact(() -> window.findingsView().table().getSelectionModel().select(carryover));
        robot.clickOn("#open-previous-year");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.modelProperty().get().session().reportId() == worst.previousId());
        assertThat(window.modelProperty().get().session().original().year()).isEqualTo(2021);

        // next unreviewed goes on from there
        long shown = worst.previousId();
        robot.interact(window::openNextUnreviewed);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.modelProperty().get().session().reportId() != shown);

        // the summary workbook of the whole library
        Path overview = dir.resolve("汇总.xlsx");
        java.util.concurrent.atomic.AtomicReference<BackgroundTask<Path>> written =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> written.set(library.exportOverview(rows, overview)));
        assertThat(written.get().finished().get(60, TimeUnit.SECONDS)).isEqualTo(BackgroundTask.Outcome.SUCCEEDED);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(overview))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(4);
        }
    }
}
