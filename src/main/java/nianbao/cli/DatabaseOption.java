package nianbao.cli;

import nianbao.review.ReviewService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The review database a command works on: the one given with {@code --db}, else the window's own (README, "Where the
 * data lives"), so what {@code import} stores the window shows. Only {@code import} creates one.
 */
final class DatabaseOption {
    private DatabaseOption() {
    }

    static Path orDefault(Path given) {
        return given != null ? given : ReviewService.defaultDatabase();
    }

    /** Why the database cannot be used by a command that does not create one; empty when it exists. */
    static Optional<String> missing(Path database) {
        if (Files.isRegularFile(database)) {
            return Optional.empty();
        }
        return Optional.of("审查库不存在：" + database + "（请先用 import 导入年报） (no review database at " + database
                + "; import reports into it first)");
    }
}
