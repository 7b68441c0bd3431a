package nianbao.review;

import nianbao.cli.NianbaoCommand;
import nianbao.model.CorrectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import static nianbao.review.ReviewFixtures.REPEALED_RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A changed byte inside a stored source is noticed on every re-read (before, the export showed the changed value as
 * the document's): the report opens read-only, refuses corrections and exports, until the original is imported again.
 */
class SourceIntegrityTest {
    @TempDir
    Path dir;

    @Test
    void aChangedStoredSourceOpensReadOnlyUntilTheOriginalIsImportedAgain() throws Exception {
        Path db = dir.resolve("nianbao.db");
        long id;
        try (ReviewService service = service(db)) {
            id = service.open(ReviewFixtures.seed004()).reportId();
        }
        changeOneDigitOfTheStoredSource(db, id);

        try (ReviewService service = service(db)) {
            ReviewSession session = service.openStored(id);
            assertThat(session.readOnly()).hasValueSatisfying(reason -> {
                assertThat(reason.chinese()).contains("SHA-256").contains("只读");
                assertThat(reason.english()).contains("changed since it was imported").contains("read-only");
            });
            assertThatThrownBy(() -> session.correct(REPEALED_RULES, "0", CorrectionKind.PARSE_ERROR, ""))
                    .isInstanceOf(SourceChangedException.class);
            assertThatThrownBy(() -> service.reviewed(session)).isInstanceOf(SourceChangedException.class);
        }
        Path out = dir.resolve("report.csv");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = NianbaoCommand.run(new String[] {"export", "--db", db.toString(), "--report", String.valueOf(id),
                "--format", "csv", "--out", out.toString()}, java.io.OutputStream.nullOutputStream(), err);
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SHA-256").contains("import the original file again");
        assertThat(out).doesNotExist();

        try (ReviewService service = service(db)) {
            assertThat(service.open(ReviewFixtures.seed004()).readOnly()).isEmpty();
            ReviewSession again = service.openStored(id);
            assertThat(again.readOnly()).as("the re-import put the original back").isEmpty();
            assertThat(again.correct(REPEALED_RULES, "0", CorrectionKind.PARSE_ERROR, "")).isPresent();
        }
    }

    private static ReviewService service(Path db) {
        return ReviewService.open(db, "张三", new ReviewFixtures.TickingClock());
    }

    /** What a disk error or a hand edit of the database could do: one digit of the stored file changed. */
    private static void changeOneDigitOfTheStoredSource(Path db, long id) throws Exception {
        byte[] bytes = Files.readAllBytes(ReviewFixtures.seed004());
        String text = new String(bytes, StandardCharsets.UTF_8);
        int digit = text.indexOf("规章");
        while (!Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        char changed = text.charAt(digit) == '9' ? '8' : (char) (text.charAt(digit) + 1);
        byte[] tampered = (text.substring(0, digit) + changed + text.substring(digit + 1))
                .getBytes(StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement st = c.prepareStatement("UPDATE sources SET bytes = ? WHERE report_id = ?")) {
            st.setBytes(1, tampered);
            st.setLong(2, id);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
