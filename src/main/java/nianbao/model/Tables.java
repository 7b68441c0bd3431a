package nianbao.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The statistics tables of one report: table key → row key → column key → cell, in the order the format lists them.
 * A row the report lacks is absent. Instances are built once by the parser and then only read; a correction makes a
 * new instance with {@link #with(Cell)}.
 */
public final class Tables {
    private final Map<String, Map<String, Map<String, Cell>>> tables;

    private Tables(Map<String, Map<String, Map<String, Cell>>> tables) {
        this.tables = tables;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> tableKeys() {
        return Collections.unmodifiableSet(tables.keySet());
    }

    public Set<String> rowKeys(String table) {
        return Collections.unmodifiableSet(tables.getOrDefault(table, Map.of()).keySet());
    }

    public boolean hasRow(String table, String row) {
        return tables.getOrDefault(table, Map.of()).containsKey(row);
    }

    /** The cells of one row by column key, or an empty map when the row is absent. */
    public Map<String, Cell> row(String table, String row) {
        return Collections.unmodifiableMap(tables.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()));
    }

    public Cell cell(String table, String row, String column) {
        return tables.getOrDefault(table, Map.of()).getOrDefault(row, Map.of()).get(column);
    }

    public Cell cell(CellRef ref) {
        return cell(ref.table(), ref.row(), ref.column());
    }

    /** Every cell, table by table and row by row. */
    public Iterable<Cell> cells() {
        return () -> tables.values().stream()
                .flatMap(rows -> rows.values().stream())
                .flatMap(cols -> cols.values().stream())
                .iterator();
    }

    /** A copy in which the cell at {@code cell.ref()} is replaced (or added). */
    public Tables with(Cell cell) {
        Builder b = new Builder();
        tables.forEach((t, rows) -> rows.forEach((r, cols) -> cols.values().forEach(b::put)));
        b.put(cell);
        return b.build();
    }

    /** Collects cells in insertion order. */
    public static final class Builder {
        private final Map<String, Map<String, Map<String, Cell>>> tables = new LinkedHashMap<>();

        public Builder put(Cell cell) {
            CellRef ref = cell.ref();
            tables.computeIfAbsent(ref.table(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(ref.row(), k -> new LinkedHashMap<>())
                    .put(ref.column(), cell);
            return this;
        }

        public Builder table(String table) {
            tables.computeIfAbsent(table, k -> new LinkedHashMap<>());
            return this;
        }

        public Tables build() {
            return new Tables(tables);
        }
    }
}
