package nianbao.check;

import nianbao.format.Formats;
import nianbao.format.Identities;
import nianbao.format.Identity;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Report;
import nianbao.model.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the form's own sums say an uncertain value should read. For a value the parser could not place with certainty
 * (an OCR digit it was not sure of, a scanned cell where nothing was read), the identities it takes part in whose
 * other cells are all certain are asked: where its reading breaks one of them and a single other reading makes every
 * one of them hold — one digit changed, added or dropped, or for a cell read as empty a value two identities agree on
 * — that reading is a suggestion for the examiner. It is never applied: the report may simply be wrong.
 */
public final class SumSuggestions {
    /** A reading the sums support for an uncertain cell, and how many identities confirm it. */
    public record Suggestion(CellRef cell, BigDecimal value, int identities) {
    }

    private SumSuggestions() {
    }

    /** The suggestion for every uncertain cell that has one, in the tables' order. */
    public static Map<CellRef, Suggestion> of(Report report) {
        Tables tables = report.tables();
        if (tables == null) {
            return Map.of();
        }
        List<Cell> uncertain = new ArrayList<>();
        for (Cell cell : tables.cells()) {
            if (cell.uncertain() && cell.arithmeticValue() != null) {
                uncertain.add(cell);
            }
        }
        if (uncertain.isEmpty()) {
            return Map.of();
        }
        List<Identity> identities = Identities.of(report.template(), tables.rowKeys(Formats.REQUESTS));
        Map<CellRef, Suggestion> out = new LinkedHashMap<>();
        for (Cell cell : uncertain) {
            Suggestion suggestion = suggest(tables, identities, cell);
            if (suggestion != null) {
                out.put(cell.ref(), suggestion);
            }
        }
        return out;
    }

    private static Suggestion suggest(Tables tables, List<Identity> identities, Cell cell) {
        List<Side> checkable = new ArrayList<>();
        for (Identity identity : identities) {
            Side side = Side.of(tables, identity, cell.ref());
            if (side != null) {
                checkable.add(side);
            }
        }
        BigDecimal printed = cell.arithmeticValue();
        BigDecimal candidate = null;
        for (Side side : checkable) {
            BigDecimal needed = side.needed();
            if (needed.compareTo(printed) != 0) {
                candidate = needed;
                break;
            }
        }
        if (candidate == null || candidate.signum() < 0 || candidate.stripTrailingZeros().scale() > 0) {
            return null;
        }
        for (Side side : checkable) {
            if (side.needed().compareTo(candidate) != 0) {
                return null; // the identities do not agree on one reading
            }
        }
        boolean plausible = cell.isBlank() ? checkable.size() >= 2
                : EditDistance.within(digits(printed), digits(candidate), 1);
        return plausible ? new Suggestion(cell.ref(), candidate, checkable.size()) : null;
    }

    private static String digits(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * One identity as an equation in one unknown, the cell: the value it must take for the identity to hold. Only
     * identities whose other cells are all present, numbers or blanks, and certain are asked.
     */
    private record Side(BigDecimal otherLeft, BigDecimal otherRight, boolean onLeft) {
        static Side of(Tables tables, Identity identity, CellRef ref) {
            boolean onLeft = identity.left().contains(ref);
            if (!onLeft && !identity.right().contains(ref)) {
                return null;
            }
            Terms left = Terms.of(tables, identity.left(), false);
            Terms right = Terms.of(tables, identity.right(), identity.optionalParts());
            if (left == null || right == null || right.refs().isEmpty()) {
                return null;
            }
            BigDecimal value = tables.cell(ref).arithmeticValue();
            for (CellRef other : Terms.cells(left, right)) {
                if (!other.equals(ref) && tables.cell(other).uncertain()) {
                    return null;
                }
            }
            return onLeft ? new Side(left.sum().subtract(value), right.sum(), true)
                    : new Side(left.sum(), right.sum().subtract(value), false);
        }

        BigDecimal needed() {
            return onLeft ? otherRight.subtract(otherLeft) : otherLeft.subtract(otherRight);
        }
    }
}
