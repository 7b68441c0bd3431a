package nianbao.format;

import java.util.List;

/**
 * One row of a table: canonical key, printed label, printed variants seen in real reports, the group cell printed
 * beside it (if any), its columns, and whether it is a leaf that counts toward （七）总计.
 */
public record RowSpec(String key, String label, List<String> aliases, String group, List<ColumnSpec> columns,
                      boolean leaf) {
    public RowSpec {
        aliases = List.copyOf(aliases);
        columns = List.copyOf(columns);
    }

    /** The label and its variants, normalised, longest first (so 行政规范性文件 wins over 规范性文件). */
    public List<String> normalizedLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), aliases.stream())
                .map(Labels::normalize)
                .distinct()
                .sorted((a, b) -> b.length() - a.length())
                .toList();
    }

    public List<String> columnKeys() {
        return columns.stream().map(ColumnSpec::key).toList();
    }

    public ColumnSpec column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
