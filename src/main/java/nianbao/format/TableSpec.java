package nianbao.format;

import java.util.List;

/**
 * One statistics table of a format: key, the section it sits in (2, 3 or 4), its rows, and how values are read —
 * by row label, or (table 四) by position in one line of numbers.
 */
public record TableSpec(String key, int section, List<RowSpec> rows, boolean byPosition) {
    public TableSpec {
        rows = List.copyOf(rows);
    }

    public RowSpec row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    public List<RowSpec> leafRows() {
        return rows.stream().filter(RowSpec::leaf).toList();
    }
}
