package nianbao.review;

import nianbao.model.BadInputException;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static nianbao.review.ReviewFixtures.NEGATIVE_REPEALED;
import static nianbao.review.ReviewFixtures.REPEALED_RULES;
import static nianbao.review.ReviewFixtures.seed004;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seed 004 through the service: correct, undo, redo, resolve, and everything restored after a restart. */
class ReviewServiceTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("nianbao.db");
    }

    private ReviewService service() {
        return ReviewService.open(db(), "张三", new ReviewFixtures.TickingClock());
    }

    private static boolean hasNegativeRepealed(ReviewSession session) {
        return session.findings().stream().anyMatch(f -> FindingKey.of(f).equals(NEGATIVE_REPEALED));
    }

    @Test
    void correctionRemovesTheFindingAndUndoRedoMoveIt() throws Exception {
        try (ReviewService service = service()) {
            ReviewSession session = service.open(seed004());
            assertThat(hasNegativeRepealed(session)).isTrue();
            assertThat(session.status()).isEqualTo(ReviewStatus.UNREVIEWED);

            Correction c = session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, "报告印为-1").orElseThrow();
            assertThat(c).extracting(Correction::oldRaw, Correction::newRaw, Correction::kind, Correction::note,
                            Correction::examiner)
                    .containsExactly("-1", "0", CorrectionKind.REPORT_ERROR, "报告印为-1", "张三");
            assertThat(hasNegativeRepealed(session)).isFalse();
            assertThat(session.current().tables().cell(REPEALED_RULES).number()).isEqualByComparingTo("0");
            assertThat(session.original().tables().cell(REPEALED_RULES).raw()).isEqualTo("-1");
            assertThat(session.status()).isEqualTo(ReviewStatus.IN_REVIEW);
            assertThat(correctionRowsInDb()).containsExactly("active.rules.repealed -1→0 REPORT_ERROR 报告印为-1");

            session.undo();
            assertThat(hasNegativeRepealed(session)).isTrue();
            assertThat(session.corrections()).isEmpty();
            assertThat(session.history()).containsExactly(c);
            assertThat(session.redoDescription()).contains("重做更正 规章 本年废止件数：-1 → 0");

            session.redo();
            assertThat(hasNegativeRepealed(session)).isFalse();
            assertThat(session.correctionOf(REPEALED_RULES)).contains(c);
            assertThat(session.undoDescription()).contains("撤销更正 规章 本年废止件数：-1 → 0");
        }
    }

    @Test
    void reopeningRestoresCorrectionsResolutionsStatusAndUndoPosition() throws Exception {
        FindingKey other;
        long reportId;
        try (ReviewService service = service()) {
            ReviewSession session = service.open(seed004());
            reportId = session.reportId();
            other = session.findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .map(FindingKey::of).filter(k -> !k.equals(NEGATIVE_REPEALED)).findFirst().orElseThrow();
            session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, "报告印为-1");
            session.correct(REPEALED_RULES, "2", CorrectionKind.PARSE_ERROR, "原文为2");
            session.resolve(other, Resolution.REPORT_ERROR_CONFIRMED, "已电话核实");
            session.undo();
            session.undo();
        }
        try (ReviewService service = service()) {
            ReviewSession session = service.open(seed004());
            assertThat(session.reportId()).isEqualTo(reportId);
            assertThat(session.corrections()).extracting(Correction::newRaw).containsExactly("0");
            assertThat(session.history()).extracting(Correction::newRaw).containsExactly("0", "2");
            assertThat(session.resolutions()).isEmpty();
            assertThat(session.status()).isEqualTo(ReviewStatus.IN_REVIEW);
            assertThat(session.canRedo()).isTrue();
            assertThat(session.redoDescription()).contains("重做更正 规章 本年废止件数：0 → 2");

            session.redo();
            session.redo();
            assertThat(session.resolutions()).containsOnlyKeys(other);
            assertThat(session.resolutions().get(other).note()).isEqualTo("已电话核实");
            assertThat(session.current().tables().cell(REPEALED_RULES).raw()).isEqualTo("2");
            assertThat(session.canRedo()).isFalse();
        }
    }

    @Test
    void aResolutionWithItsNoteIsRestored() throws Exception {
        try (ReviewService service = service()) {
            service.open(seed004()).resolve(NEGATIVE_REPEALED, Resolution.REPORT_ERROR_CONFIRMED, "原报告即为-1");
        }
        try (ReviewService service = service()) {
            ReviewSession session = service.open(seed004());
            assertThat(session.resolutions().get(NEGATIVE_REPEALED)).satisfies(r -> {
                assertThat(r.resolution()).isEqualTo(Resolution.REPORT_ERROR_CONFIRMED);
                assertThat(r.note()).isEqualTo("原报告即为-1");
                assertThat(r.examiner()).isEqualTo("张三");
            });
            assertThat(session.status()).isEqualTo(ReviewStatus.IN_REVIEW);
            assertThat(session.undoDescription())
                    .contains("撤销标记 value.negative（规章 本年废止件数） 为 报告本身错误（已确认）");
        }
    }

    @Test
    void libraryListsTheReportWithStatusAndErrorCount() throws Exception {
        try (ReviewService service = service()) {
            ReviewSession session = service.open(seed004());
            int errors = errorCount(session.findings());
            assertThat(errors).isPositive();
            assertThat(service.library()).singleElement().satisfies(e -> {
                assertThat(e.id()).isEqualTo(session.reportId());
                assertThat(e.fileName()).isEqualTo("004_6e817ece59bf6a07.txt");
                assertThat(e.organ()).isEqualTo("安阳县人民政府");
                assertThat(e.year()).isEqualTo(2021);
                assertThat(e.status()).isEqualTo(ReviewStatus.UNREVIEWED);
                assertThat(e.errorCount()).isEqualTo(errors);
            });
            session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null);
            session.setStatus(ReviewStatus.REVIEWED);
            assertThat(service.library()).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(ReviewStatus.REVIEWED);
                assertThat(e.errorCount()).isEqualTo(errors - 1).isEqualTo(errorCount(session.findings()));
            });
        }
    }

    @Test
    void openStoredWorksWithoutTheFile() throws Exception {
        Path copy = dir.resolve("安阳县2021年报.txt");
        Files.copy(seed004(), copy);
        long id;
        try (ReviewService service = service()) {
            ReviewSession session = service.open(copy);
            id = session.reportId();
            session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null);
        }
        Files.delete(copy);
        try (ReviewService service = service()) {
            ReviewSession session = service.openStored(id);
            assertThat(session.original().file()).isEqualTo("安阳县2021年报.txt");
            assertThat(session.corrections()).extracting(Correction::newRaw).containsExactly("0");
            assertThat(hasNegativeRepealed(session)).isFalse();
            assertThatThrownBy(() -> service.openStored(id + 100)).isInstanceOf(java.util.NoSuchElementException.class);
        }
    }

    @Test
    void sourceBytesGiveBackTheImportedFileWithoutTheFile() throws Exception {
        Path copy = dir.resolve("copy.txt");
        Files.copy(seed004(), copy);
        byte[] original = Files.readAllBytes(copy);
        long id;
        try (ReviewService service = service()) {
            id = service.open(copy).reportId();
        }
        Files.delete(copy);
        try (ReviewService service = service()) {
            assertThat(service.sourceBytes(id)).get().isEqualTo(original);
            assertThat(service.sourceBytes(id + 100)).isEmpty();
        }
    }

    @Test
    void theSameBytesGiveTheSameReportAndTheParsedCellsAreStoredOnce() throws Exception {
        byte[] bytes = Files.readAllBytes(seed004());
        try (ReviewService service = service()) {
            ReviewSession fromFile = service.open(seed004());
            ReviewSession fromMemory = service.open("sample.txt", bytes);
            assertThat(fromMemory.reportId()).isEqualTo(fromFile.reportId());
            assertThat(fromMemory.sourceHash()).isEqualTo(fromFile.sourceHash()).hasSize(64);
            fromFile.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null);
            assertThat(fromMemory.corrections()).hasSize(1);
        }
        try (ReviewService service = service()) {
            service.open("sample.txt", bytes);
            assertThat(service.library()).hasSize(1);
        }
        assertThat(count("SELECT count(*) FROM cells")).isGreaterThan(100);
        assertThat(count("SELECT count(*) FROM cells WHERE table_key = 'active' AND row_key = 'rules' "
                + "AND column_key = 'repealed' AND raw = '-1' AND span_start IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM sources")).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoReportIsRefusedAndNotStored() throws IOException {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "这不是年度报告。");
        try (ReviewService service = service()) {
            assertThatThrownBy(() -> service.open(junk)).isInstanceOf(BadInputException.class);
            assertThatThrownBy(() -> service.open(dir.resolve("missing.pdf"))).isInstanceOf(BadInputException.class);
            assertThat(service.library()).isEmpty();
        }
    }

    @Test
    void aDamagedDatabaseGivesAWarningAndAFreshStart() throws Exception {
        Files.write(db(), "not a database at all, just text".repeat(100).getBytes());
        try (ReviewService service = service()) {
            assertThat(service.startupWarning()).get().asString().contains("已损坏").contains("damaged");
            assertThat(service.open(seed004()).findings()).isNotEmpty();
        }
        try (ReviewService service = service()) {
            assertThat(service.startupWarning()).isEmpty();
            assertThat(service.library()).hasSize(1);
        }
    }

    private static int errorCount(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    private List<String> correctionRowsInDb() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_key, row_key, column_key, old_raw, new_raw, "
                     + "correction_kind, note FROM events WHERE type = 'correct' ORDER BY seq")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3) + " " + rs.getString(4)
                        + "→" + rs.getString(5) + " " + rs.getString(6) + " " + rs.getString(7));
            }
            return rows;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
