package nianbao.ui;

import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Provenance;
import nianbao.model.Span;
import nianbao.review.ReviewSession;

import java.util.Collection;
import java.util.Optional;

/** Connects cells and the source: where a cell was read (text span, page box) and which cell a text offset became. */
final class SourceLinks {
    private final ReviewSession session;

    SourceLinks(ReviewSession session) {
        this.session = session;
    }

    /** The smallest span covering where these cells were read, or null when none has a place in the text. */
    Span spanOf(Collection<CellRef> refs) {
        Span union = null;
        for (CellRef ref : refs) {
            Provenance p = provenance(ref);
            if (p != null && p.span() != null) {
                union = union == null ? p.span() : union.union(p.span());
            }
        }
        return union;
    }

    Box boxOf(CellRef ref) {
        Provenance p = provenance(ref);
        return p == null ? null : p.box();
    }

    /** The cell read at this offset; a printed value wins over a blank cell that only points at its row label. */
    Optional<CellRef> cellAt(int offset) {
        Cell best = null;
        for (Cell cell : session.original().tables().cells()) {
            Span s = cell.provenance() == null ? null : cell.provenance().span();
            if (s != null && s.start() <= offset && offset <= s.end() && better(cell, best)) {
                best = cell;
            }
        }
        return Optional.ofNullable(best).map(Cell::ref);
    }

    private static boolean better(Cell cell, Cell best) {
        if (best == null) {
            return true;
        }
        if (cell.isBlank() != best.isBlank()) {
            return !cell.isBlank();
        }
        return length(cell) < length(best);
    }

    private static int length(Cell cell) {
        Span s = cell.provenance().span();
        return s.end() - s.start();
    }

    private Provenance provenance(CellRef ref) {
        Cell cell = session.current().tables().cell(ref);
        if (cell == null || cell.provenance() == null) {
            cell = session.original().tables().cell(ref);
        }
        return cell == null ? null : cell.provenance();
    }
}
