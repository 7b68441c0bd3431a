package nianbao.parse;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Provenance;

/** Turns a placed token (or the absence of one) into a Cell with its provenance and doubt. */
final class CellFactory {
    private CellFactory() {
    }

    static Cell fromToken(CellRef ref, Token token, String doubt) {
        Cell cell = Cell.read(ref, token.text(), new Provenance(token.span(), token.box()));
        return doubt == null ? cell : cell.withUncertainty(doubt);
    }

    /** A cell that nothing was printed in; its provenance is the row's label. */
    static Cell missing(CellRef ref, Token rowLabel, String doubt) {
        Cell cell = Cell.blank(ref, "", new Provenance(rowLabel.span(), rowLabel.box()));
        return doubt == null ? cell : cell.withUncertainty(doubt);
    }
}
