package nianbao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks of one report, as an immutable value: {@code done} oldest first (its last is what undo
 * takes back), {@code undone} with the next redo last. A new action empties the redo stack.
 */
record UndoHistory(List<ReviewAction> done, List<ReviewAction> undone) {
    UndoHistory {
        done = List.copyOf(done);
        undone = List.copyOf(undone);
    }

    static UndoHistory empty() {
        return new UndoHistory(List.of(), List.of());
    }

    UndoHistory record(ReviewAction action) {
        return new UndoHistory(plus(done, action), List.of());
    }

    Optional<ReviewAction> nextUndo() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
    }

    Optional<ReviewAction> nextRedo() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.get(undone.size() - 1));
    }

    UndoHistory undo() {
        ReviewAction action = nextUndo().orElseThrow(() -> new IllegalStateException("nothing to undo"));
        return new UndoHistory(done.subList(0, done.size() - 1), plus(undone, action));
    }

    UndoHistory redo() {
        ReviewAction action = nextRedo().orElseThrow(() -> new IllegalStateException("nothing to redo"));
        return new UndoHistory(plus(done, action), undone.subList(0, undone.size() - 1));
    }

    private static List<ReviewAction> plus(List<ReviewAction> list, ReviewAction action) {
        List<ReviewAction> out = new ArrayList<>(list);
        out.add(action);
        return out;
    }
}
