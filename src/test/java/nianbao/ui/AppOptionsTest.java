package nianbao.ui;

import nianbao.review.ReviewService;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line asks of the window. */
class AppOptionsTest {
    @Test
    void nothingMeansTheSampleOnTheDefaultStore() {
        assertThat(App.options(List.of())).contains(new App.Options(ReviewService.defaultDatabase(), null));
    }

    @Test
    void aFileAndAStore() {
        assertThat(App.options(List.of("a.pdf"))).contains(new App.Options(ReviewService.defaultDatabase(), Path.of("a.pdf")));
        assertThat(App.options(List.of("--db", "x.db", "a.pdf"))).contains(new App.Options(Path.of("x.db"), Path.of("a.pdf")));
        assertThat(App.options(List.of("a.pdf", "--db=x.db"))).contains(new App.Options(Path.of("x.db"), Path.of("a.pdf")));
    }

    @Test
    void anythingElseIsForTheCommandLine() {
        assertThat(App.options(List.of("a.pdf", "b.pdf"))).isEmpty();
        assertThat(App.options(List.of("--json", "a.pdf"))).isEmpty();
        assertThat(App.options(List.of("--db"))).isEmpty();
    }
}
