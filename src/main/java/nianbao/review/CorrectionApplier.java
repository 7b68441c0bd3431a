package nianbao.review;

import nianbao.model.Cell;
import nianbao.model.Correction;
import nianbao.model.Provenance;
import nianbao.model.Report;
import nianbao.model.Tables;

import java.util.List;

/**
 * Builds the current report from the parsed one and the corrections in force: each corrected cell is read again
 * from its new text the way the parser reads text, and keeps the provenance of the cell it replaces.
 */
final class CorrectionApplier {
    private CorrectionApplier() {
    }

    static Report apply(Report original, List<Correction> inForce) {
        if (inForce.isEmpty()) {
            return original;
        }
        Tables tables = original.tables();
        for (Correction c : inForce) {
            Cell parsed = original.tables().cell(c.ref());
            Provenance provenance = parsed == null ? null : parsed.provenance();
            tables = tables.with(Cell.read(c.ref(), c.newRaw(), provenance));
        }
        return original.withTables(tables);
    }
}
