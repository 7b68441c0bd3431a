package nianbao.ui;

import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.Finding;
import nianbao.model.Report;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works out which state every cell is in from the report, the findings that name it and the corrections in force. */
public final class CellMarks {
    private static final String BLANK_RULE = nianbao.check.BlankValueRule.ID;
    static final String UNCERTAIN_RULE = nianbao.check.UncertainValueRule.ID;

    private final Map<CellRef, EnumSet<CellMark>> marks = new HashMap<>();
    private final Map<CellRef, List<Finding>> findingsByCell = new HashMap<>();

    public CellMarks(Report report, List<Finding> findings, List<Correction> corrections) {
        FormatSpec format = Formats.of(report.template());
        for (Cell cell : report.tables().cells()) {
            if (cell.isBlank()) {
                mark(cell.ref(), CellMark.BLANK);
            }
            if (cell.provenance() != null && cell.provenance().ocr()) {
                mark(cell.ref(), CellMark.OCR);
            }
            if (cell.uncertain()) {
                mark(cell.ref(), CellMark.UNCERTAIN);
            } else if (cell.inferred()) {
                mark(cell.ref(), CellMark.INFERRED);
            }
        }
        for (TableSpec table : format.tables()) {
            for (RowSpec row : table.rows()) {
                for (String column : row.columnKeys()) {
                    if (report.tables().cell(table.key(), row.key(), column) == null) {
                        mark(new CellRef(table.key(), row.key(), column), CellMark.MISSING);
                    }
                }
            }
        }
        for (Finding finding : findings) {
            CellMark mark = markOf(finding);
            for (CellRef ref : cellsOf(finding, format)) {
                findingsByCell.computeIfAbsent(ref, r -> new java.util.ArrayList<>()).add(finding);
                if (mark != null) {
                    mark(ref, mark);
                }
            }
        }
        for (Correction correction : corrections) {
            mark(correction.ref(), CellMark.CORRECTED);
        }
    }

    /** The states of a cell (empty for a plain, unremarkable value). */
    public Set<CellMark> of(CellRef ref) {
        EnumSet<CellMark> set = marks.get(ref);
        return set == null ? EnumSet.noneOf(CellMark.class) : EnumSet.copyOf(set);
    }

    /** The findings that name a cell, in the order given. */
    public List<Finding> findingsOf(CellRef ref) {
        return findingsByCell.getOrDefault(ref, List.of());
    }

    /**
     * The cells a finding names: its own cell list, its (table, row, column) when all three are given, and for a
     * row-level finding without cells (a missing row) every cell of that row in the format.
     */
    public static Set<CellRef> cellsOf(Finding finding, FormatSpec format) {
        Set<CellRef> refs = new LinkedHashSet<>(finding.cells());
        if (finding.table() != null && finding.row() != null && finding.column() != null) {
            refs.add(new CellRef(finding.table(), finding.row(), finding.column()));
        } else if (refs.isEmpty() && finding.table() != null && finding.row() != null) {
            TableSpec table = format.table(finding.table());
            RowSpec row = table == null ? null : table.row(finding.row());
            if (row != null) {
                row.columnKeys().forEach(c -> refs.add(new CellRef(finding.table(), finding.row(), c)));
            }
        }
        return refs;
    }

    private static CellMark markOf(Finding finding) {
        if (BLANK_RULE.equals(finding.rule())) {
            return CellMark.BLANK;
        }
        if (UNCERTAIN_RULE.equals(finding.rule())) {
            return CellMark.UNCERTAIN;
        }
        return switch (finding.severity()) {
            case ERROR -> CellMark.ERROR;
            case WARNING -> CellMark.WARNING;
            case INFO -> null;
        };
    }

    private void mark(CellRef ref, CellMark mark) {
        marks.computeIfAbsent(ref, r -> EnumSet.noneOf(CellMark.class)).add(mark);
    }
}
