package nianbao.format;

import nianbao.model.FormatVersion;

import java.util.List;

/**
 * A national report format as data: its six sections, its three tables and the printed words that betray it.
 * A new revision of the format is a new instance in {@link Formats}, not new parsing code.
 *
 * @param fingerprints printed words found only in this format (empty for the current one)
 */
public record FormatSpec(FormatVersion version, List<SectionSpec> sections, List<TableSpec> tables,
                         List<String> fingerprints) {
    public FormatSpec {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
        fingerprints = List.copyOf(fingerprints);
    }

    public TableSpec table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** The canonical heading of section {@code number} (e.g. 二、主动公开政府信息情况), if the format has it. */
    public java.util.Optional<String> sectionHeading(int number) {
        return sections.stream().filter(s -> s.number() == number).findFirst().map(SectionSpec::canonicalHeading);
    }

    public TableSpec tableInSection(int section) {
        return tables.stream().filter(t -> t.section() == section).findFirst().orElse(null);
    }
}
