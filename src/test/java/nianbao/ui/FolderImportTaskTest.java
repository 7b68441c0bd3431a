package nianbao.ui;

import nianbao.check.SeasonFixtures;
import nianbao.review.ReviewService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's folder import: new, known, not a report and failed files told apart; a stop keeps what finished. */
class FolderImportTaskTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void chinese() {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aFolderIsImportedInParallelWithEachFileCountedForWhatItIs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("season/sub"));
        Files.writeString(dir.resolve("season/a-2021.txt"), SeasonFixtures.sampleText(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("b-2022.txt"), SeasonFixtures.text2022("安阳县人民政府",
                "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "行政规范性文件 3 1 11"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("season/README.md"), "# 说明\n本文件夹收存报送的材料。\n");
        Files.write(folder.resolve("empty.pdf"), new byte[0]);
        try (ReviewService service = ReviewService.open(dir.resolve("review.db"), "测试员", Clock.systemUTC())) {
            JobSummary first = run(service, dir.resolve("season"));
            assertThat(first.succeededCount()).isEqualTo(2);
            assertThat(first.knownCount()).isZero();
            assertThat(first.notReports()).containsExactly("README.md");
            assertThat(first.failures()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo(Path.of("sub", "empty.pdf").toString());
                assertThat(f.reason()).isEqualTo("文件为空");
            });
            assertThat(first.wasStopped()).isFalse();
            assertThat(service.library()).hasSize(2);

            JobSummary again = run(service, dir.resolve("season"));
            assertThat(again.succeededCount()).isZero();
            assertThat(again.knownCount()).isEqualTo(2);
        }
    }

    private static JobSummary run(ReviewService service, Path folder) {
        AtomicReference<JobSummary> result = new AtomicReference<>();
        FolderImportTask task = new FolderImportTask(() -> service, folder);
        task.onSucceeded(result::set);
        new CurrentThreadTaskExecutor().execute(TaskExecutor.Lane.JOBS, task);
        return result.get();
    }
}
