package nianbao.extract;

/**
 * How far a reader expands a document's tables. The national form's widest table has 15 value columns and its longest
 * about 40 rows, so a larger merge or table is damage or an attack on the heap: spans are cut to {@link #MAX_SPAN}
 * and a table stops growing at {@link #MAX_CELLS} grid positions (what lies beyond cannot be a statistics table).
 */
final class TableLimits {
    static final int MAX_SPAN = 100;
    static final int MAX_CELLS = 250_000;

    private TableLimits() {
    }

    static int span(long declared) {
        return (int) Math.max(1, Math.min(MAX_SPAN, declared));
    }
}
