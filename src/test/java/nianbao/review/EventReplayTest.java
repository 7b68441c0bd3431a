package nianbao.review;

import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.ReviewStatus;
import nianbao.store.ReviewEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log is replayed into the state it recorded, and a log that does not fit the history is refused. */
class EventReplayTest {
    private static final Instant T = Instant.parse("2026-01-15T08:00:00Z");
    private static final CellRef CELL = new CellRef("active", "rules", "repealed");

    private static ReviewEvent correct(long seq, String from, String to) {
        return ReviewEvent.correct(1, seq, CELL, from, to, CorrectionKind.PARSE_ERROR, null, "张三", T);
    }

    @Test
    void replayRestoresCorrectionsStatusAndUndoPosition() {
        ReviewState state = EventReplay.replay(List.of(
                correct(1, "-1", "0"),
                ReviewEvent.status(1, 2, ReviewStatus.IN_REVIEW, "张三", T),
                correct(3, "0", "5"),
                ReviewEvent.undo(1, 4, 3, "张三", T)));
        assertThat(state.correctionsInForce()).extracting(c -> c.newRaw()).containsExactly("0");
        assertThat(state.audit()).extracting(c -> c.id()).containsExactly(1L, 3L);
        assertThat(state.history().nextRedo()).get().extracting(ReviewAction::seq).isEqualTo(3L);
        assertThat(state.status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(state.lastSeq()).isEqualTo(4);
    }

    @Test
    void anUndoOfAnActionThatIsNotNextIsRefused() {
        assertThatThrownBy(() -> EventReplay.replay(List.of(correct(1, "-1", "0"), correct(2, "0", "5"),
                ReviewEvent.undo(1, 3, 1, "张三", T)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EventReplay.replay(List.of(ReviewEvent.redo(1, 1, 1, "张三", T))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eventsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> EventReplay.replay(List.of(correct(2, "-1", "0"), correct(2, "0", "5"))))
                .isInstanceOf(IllegalStateException.class);
    }
}
