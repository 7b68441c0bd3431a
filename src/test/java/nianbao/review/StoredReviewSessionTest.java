package nianbao.review;

import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static nianbao.review.ReviewFixtures.NEGATIVE_REPEALED;
import static nianbao.review.ReviewFixtures.REPEALED_RULES;
import static nianbao.review.ReviewFixtures.seed004;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session's rules: no-op corrections, blanks, the undo stack, status moves, examiner, and a failed write. */
class StoredReviewSessionTest {
    private static final CellRef ISSUED_RULES = new CellRef("active", "rules", "issued");

    @TempDir
    Path dir;
    private ReviewService service;
    private ReviewSession session;

    @BeforeEach
    void open() throws Exception {
        service = ReviewService.open(dir.resolve("nianbao.db"), "张三", new ReviewFixtures.TickingClock());
        session = service.open(seed004());
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void settingACellToTheTextItHasIsANoOp() {
        assertThat(session.correct(REPEALED_RULES, " -1 ", CorrectionKind.PARSE_ERROR, null)).isEmpty();
        assertThat(session.history()).isEmpty();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void aBlankCorrectionMakesABlankCellThatKeepsItsProvenance() {
        session.correct(REPEALED_RULES, "", CorrectionKind.PARSE_ERROR, "原文空白");
        assertThat(session.current().tables().cell(REPEALED_RULES)).satisfies(cell -> {
            assertThat(cell.isBlank()).isTrue();
            assertThat(cell.provenance()).isEqualTo(session.original().tables().cell(REPEALED_RULES).provenance());
        });
        assertThat(session.undoDescription()).contains("撤销更正 规章 本年废止件数：-1 → 空");
    }

    @Test
    void aNewActionAfterUndoDropsTheRedoButHistoryKeepsEverything() {
        Correction first = session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null).orElseThrow();
        session.undo();
        Correction second = session.correct(ISSUED_RULES, "3", CorrectionKind.PARSE_ERROR, null).orElseThrow();
        assertThat(session.canRedo()).isFalse();
        assertThat(session.corrections()).containsExactly(second);
        assertThat(session.history()).containsExactly(first, second);
        assertThat(session.correctionOf(REPEALED_RULES)).isEmpty();
    }

    @Test
    void undoAndRedoWithNothingToMoveDoNothing() {
        session.undo();
        session.redo();
        assertThat(session.undoDescription()).isEmpty();
        assertThat(session.redoDescription()).isEmpty();
        assertThat(session.status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void resolutionsAreUndoneAndRedoneToWhatTheyWereBefore() {
        session.resolve(NEGATIVE_REPEALED, Resolution.DISMISSED, "先忽略");
        session.resolve(NEGATIVE_REPEALED, Resolution.REPORT_ERROR_CONFIRMED, "已核实");
        session.resolve(NEGATIVE_REPEALED, null, null);
        assertThat(session.resolutions()).isEmpty();
        assertThat(session.undoDescription()).contains("撤销清除 value.negative（规章 本年废止件数） 的处理");
        session.undo();
        assertThat(session.resolutions().get(NEGATIVE_REPEALED).note()).isEqualTo("已核实");
        session.undo();
        assertThat(session.resolutions().get(NEGATIVE_REPEALED).resolution()).isEqualTo(Resolution.DISMISSED);
        session.redo();
        assertThat(session.resolutions().get(NEGATIVE_REPEALED).resolution())
                .isEqualTo(Resolution.REPORT_ERROR_CONFIRMED);
    }

    @Test
    void resolvingAgainWithTheSameResolutionAndNoteIsANoOp() {
        session.resolve(NEGATIVE_REPEALED, Resolution.DISMISSED, "先忽略");
        session.resolve(NEGATIVE_REPEALED, Resolution.DISMISSED, "先忽略");
        session.undo();
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void statusIsSetOnlyByTheExaminerOnceReviewedAndIsNotUndone() {
        session.setStatus(ReviewStatus.REVIEWED);
        session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null);
        assertThat(session.status()).isEqualTo(ReviewStatus.REVIEWED);
        session.undo();
        assertThat(session.status()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(session.canUndo()).isFalse();
    }

    @Test
    void theExaminerCanChangeWhileASessionIsOpen() {
        Correction a = session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null).orElseThrow();
        service.setExaminer("李四");
        Correction b = session.correct(ISSUED_RULES, "3", CorrectionKind.PARSE_ERROR, null).orElseThrow();
        assertThat(a.examiner()).isEqualTo("张三");
        assertThat(b.examiner()).isEqualTo("李四");
        assertThat(b.at()).isAfter(a.at());
    }

    @Test
    void whenTheWriteFailsTheSessionIsUnchanged() {
        var findings = session.findings();
        service.close();
        assertThatThrownBy(() -> session.correct(REPEALED_RULES, "0", CorrectionKind.REPORT_ERROR, null))
                .isInstanceOf(StoreException.class);
        assertThat(session.findings()).isEqualTo(findings);
        assertThat(session.current().tables().cell(REPEALED_RULES).raw()).isEqualTo("-1");
        assertThat(session.history()).isEmpty();
        assertThat(session.status()).isEqualTo(ReviewStatus.UNREVIEWED);
    }

    @Test
    void aCellTheParserDidNotFindCanBeEnteredAndUndoneToAbsent() {
        CellRef missing = new CellRef("active", "no_such_row", "issued");
        assertThat(session.original().tables().cell(missing)).isNull();
        session.correct(missing, "7", CorrectionKind.PARSE_ERROR, "手工录入");
        assertThat(session.current().tables().cell(missing).number()).isEqualByComparingTo("7");
        assertThat(session.undoDescription()).contains("撤销更正 active.no_such_row.issued：空 → 7");
        session.undo();
        assertThat(session.current().tables().cell(missing)).isNull();
    }
}
