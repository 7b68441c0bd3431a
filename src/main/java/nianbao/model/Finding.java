package nianbao.model;

import java.util.List;

/**
 * One problem (or, at info severity, one observation) about a report: the rule that raised it, the cell or row it
 * concerns (any of table, row, column may be null), a Chinese message with the actual numbers, and every cell involved.
 */
public record Finding(String rule, Severity severity, String table, String row, String column, String message,
                      List<CellRef> cells) {
    public Finding {
        cells = List.copyOf(cells);
    }
}
