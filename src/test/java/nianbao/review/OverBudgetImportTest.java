package nianbao.review;

import nianbao.read.ReadFailure;
import nianbao.read.ReadLimits;
import nianbao.read.ReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report the reader gives up on is never stored, not even later by work that ran on: the store writes only what
 * a finished read handed back (before, import stored the report it had just said it skipped).
 */
class OverBudgetImportTest {
    @TempDir
    Path dir;

    @Test
    void aReportOverItsBudgetIsNeverStored() throws Exception {
        ReportReader tight = new ReportReader(ReadLimits.DEFAULT.withCpuSeconds(0.0001));
        try (ReviewService service = ReviewService.open(dir.resolve("nianbao.db"), "张三",
                new ReviewFixtures.TickingClock(), tight)) {
            assertThatThrownBy(() -> service.open(ReviewFixtures.seed004()))
                    .isInstanceOfSatisfying(ReadFailure.class,
                            e -> assertThat(e.kind()).isEqualTo(ReadFailure.Kind.OVER_BUDGET));
            Thread.sleep(1000); // time enough for abandoned work to have stored something
            assertThat(service.library()).isEmpty();
        }
        try (ReviewService service = ReviewService.open(dir.resolve("nianbao.db"), "张三",
                new ReviewFixtures.TickingClock())) {
            assertThat(service.library()).isEmpty();
            assertThat(service.open(ReviewFixtures.seed004()).reportId()).isPositive();
            assertThat(service.library()).hasSize(1);
        }
    }
}
