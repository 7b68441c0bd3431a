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

    /** A section-level number in front of a label (一、本年新收…): OCR and converters often lose it. */
    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile("^[一二三四五六]、");

    /**
     * The label and its variants, normalised, longest first (so 行政规范性文件 wins over 规范性文件); a label numbered
     * 一、 to 六、 also without its number, which says nothing the rest of the label does not (本年新收…申请数量).
     */
    public List<String> normalizedLabels() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), aliases.stream())
                .flatMap(l -> {
                    String bare = SECTION_NUMBER.matcher(l).replaceFirst("");
                    return bare.length() < l.length() && l.length() > 8 ? java.util.stream.Stream.of(l, bare)
                            : java.util.stream.Stream.of(l);
                })
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
