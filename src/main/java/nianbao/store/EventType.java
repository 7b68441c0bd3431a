package nianbao.store;

import java.util.Locale;

/** What an examiner's action was; the lower-case name is what the events table holds. */
public enum EventType {
    CORRECT, RESOLVE, STATUS, UNDO, REDO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EventType of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
