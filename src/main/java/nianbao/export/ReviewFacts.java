package nianbao.export;

import nianbao.format.ColumnSpec;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.format.ValueKind;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Resolution;
import nianbao.model.ReviewedReport;
import nianbao.model.Severity;
import nianbao.model.Tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every writer asks of a reviewed report: a cell's value before and after correction, the correction in force
 * for a cell, how serious the findings on a row are, a finding's resolution, and every cell in the format's order.
 */
final class ReviewFacts {
    private final ReviewedReport reviewed;
    private final FormatSpec format;
    private final PrintedLabels labels;
    private final Map<CellRef, Correction> corrections = new HashMap<>();
    private final Map<CellRef, Severity> rowSeverities = new HashMap<>();

    ReviewFacts(ReviewedReport reviewed) {
        this.reviewed = reviewed;
        this.format = Formats.of(reviewed.current().template());
        this.labels = new PrintedLabels(format);
        for (Correction c : reviewed.corrections()) {
            corrections.put(c.ref(), c);
        }
        for (Finding f : reviewed.findings()) {
            if (f.severity() == Severity.INFO || resolutionOf(f).map(r -> r.resolution() == Resolution.DISMISSED)
                    .orElse(false)) {
                continue;
            }
            Set<CellRef> rows = new LinkedHashSet<>();
            if (f.table() != null && f.row() != null) {
                rows.add(new CellRef(f.table(), f.row(), null));
            }
            f.cells().forEach(c -> rows.add(new CellRef(c.table(), c.row(), null)));
            rows.forEach(r -> rowSeverities.merge(r, f.severity(), ReviewFacts::worse));
        }
    }

    ReviewedReport reviewed() {
        return reviewed;
    }

    FormatSpec format() {
        return format;
    }

    PrintedLabels labels() {
        return labels;
    }

    Cell current(CellRef ref) {
        return reviewed.current().tables().cell(ref);
    }

    Cell original(CellRef ref) {
        return reviewed.original().tables().cell(ref);
    }

    ValueKind kind(CellRef ref) {
        TableSpec table = format.table(ref.table());
        RowSpec row = table == null ? null : table.row(ref.row());
        ColumnSpec column = row == null ? null : row.column(ref.column());
        return column == null ? ValueKind.COUNT : column.kind();
    }

    String currentText(CellRef ref) {
        return ValueText.of(current(ref), kind(ref));
    }

    String originalText(CellRef ref) {
        return ValueText.of(original(ref), kind(ref));
    }

    /** The latest correction in force for the cell, if the examiner changed it. */
    Optional<Correction> correction(CellRef ref) {
        return Optional.ofNullable(corrections.get(ref));
    }

    /** ERROR or WARNING when a finding of that severity (not dismissed) concerns the row; null otherwise. */
    Severity rowSeverity(String table, String row) {
        return rowSeverities.get(new CellRef(table, row, null));
    }

    /** Whether the report (as parsed or as corrected) has this row at all. */
    boolean hasRow(String table, String row) {
        return reviewed.current().tables().hasRow(table, row) || reviewed.original().tables().hasRow(table, row);
    }

    Optional<FindingResolution> resolutionOf(Finding finding) {
        return Optional.ofNullable(reviewed.resolutions().get(FindingKey.of(finding)));
    }

    /** Every cell of the report (as parsed or corrected): in the format's order, then any the format does not list. */
    List<CellRef> cells() {
        Set<CellRef> present = new LinkedHashSet<>();
        collect(reviewed.current().tables(), present);
        collect(reviewed.original().tables(), present);
        List<CellRef> ordered = new ArrayList<>();
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                for (String column : row.columnKeys()) {
                    CellRef ref = new CellRef(table.key(), row.key(), column);
                    if (present.remove(ref)) {
                        ordered.add(ref);
                    }
                }
            }
        }
        ordered.addAll(present);
        return ordered;
    }

    private static void collect(Tables tables, Set<CellRef> into) {
        for (Cell cell : tables.cells()) {
            into.add(cell.ref());
        }
    }

    private static Severity worse(Severity a, Severity b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
