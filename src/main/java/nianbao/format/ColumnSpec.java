package nianbao.format;

/** One column of a table row: canonical key, printed label and what kind of value it holds. */
public record ColumnSpec(String key, String label, ValueKind kind) {
}
