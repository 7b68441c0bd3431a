package nianbao.model;

/**
 * What identifies a finding across re-checks: its rule and the cell or row it concerns (the message changes with the
 * numbers, the key does not).
 */
public record FindingKey(String rule, String table, String row, String column) {
    public static FindingKey of(Finding f) {
        return new FindingKey(f.rule(), f.table(), f.row(), f.column());
    }
}
