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
 * other cells are all certain name the reading they need: where its reading breaks one of them and they agree on one
 * other reading — one digit changed, added or dropped, or any value for a cell read as empty — that is a candidate.
 * A candidate is suggested only when, with every candidate of the table put in, each identity the cell takes part in
 * holds and at least two do: one identity alone can be made to hold by any value, and would hide the report's own
 * error. A suggestion is never applied: the report may simply be wrong.
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
        Map<CellRef, BigDecimal> candidates = new LinkedHashMap<>();
        for (Cell cell : uncertain) {
            BigDecimal candidate = candidate(tables, identities, cell);
            if (candidate != null) {
                candidates.put(cell.ref(), candidate);
            }
        }
        Map<CellRef, Suggestion> out = new LinkedHashMap<>();
        for (Map.Entry<CellRef, BigDecimal> candidate : candidates.entrySet()) {
            int holding = holdingWith(tables, identities, candidate.getKey(), candidates);
            if (holding >= MIN_IDENTITIES) {
                out.put(candidate.getKey(), new Suggestion(candidate.getKey(), candidate.getValue(), holding));
            }
        }
        return out;
    }

    /** So many identities must hold with a candidate for it to be suggested. */
    private static final int MIN_IDENTITIES = 2;

    /**
     * With every candidate put in, how many of the identities the cell takes part in hold; 0 when one of them breaks.
     * An identity with an uncertain cell that has no candidate cannot be judged and is not counted.
     */
    private static int holdingWith(Tables tables, List<Identity> identities, CellRef ref,
                                   Map<CellRef, BigDecimal> candidates) {
        int holding = 0;
        for (Identity identity : identities) {
            if (!identity.left().contains(ref) && !identity.right().contains(ref)) {
                continue;
            }
            Terms.Sides sides = Terms.Sides.of(tables, identity);
            if (sides == null) {
                continue;
            }
            BigDecimal leftSum = sum(tables, sides.left().refs(), candidates);
            BigDecimal rightSum = sum(tables, sides.right().refs(), candidates);
            if (leftSum == null || rightSum == null) {
                continue;
            }
            if (leftSum.compareTo(rightSum) != 0) {
                return 0;
            }
            holding++;
        }
        return holding;
    }

    /** The sum of the cells with the candidates put in; null when an uncertain cell among them has none. */
    private static BigDecimal sum(Tables tables, List<CellRef> refs, Map<CellRef, BigDecimal> candidates) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellRef ref : refs) {
            BigDecimal candidate = candidates.get(ref);
            Cell cell = tables.cell(ref);
            if (candidate == null && cell.uncertain()) {
                return null;
            }
            sum = sum.add(candidate != null ? candidate : cell.arithmeticValue());
        }
        return sum;
    }

    /** The one reading the identities with the cell's other cells certain need, when its reading breaks them. */
    private static BigDecimal candidate(Tables tables, List<Identity> identities, Cell cell) {
        List<BigDecimal> needed = new ArrayList<>();
        for (Identity identity : identities) {
            BigDecimal value = needed(tables, identity, cell);
            if (value != null) {
                needed.add(value);
            }
        }
        BigDecimal printed = cell.arithmeticValue();
        BigDecimal candidate = needed.stream().filter(v -> v.compareTo(printed) != 0).findFirst().orElse(null);
        if (candidate == null || candidate.signum() < 0 || candidate.stripTrailingZeros().scale() > 0) {
            return null;
        }
        if (needed.stream().anyMatch(v -> v.compareTo(candidate) != 0)) {
            return null; // the identities do not agree on one reading
        }
        boolean plausible = cell.isBlank() || EditDistance.within(digits(printed), digits(candidate), 1);
        return plausible ? candidate : null;
    }

    private static String digits(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * The value the cell must take for the identity to hold — asked only of an identity the cell is in whose other
     * cells are all present, numbers or blanks, and certain; null for any other.
     */
    private static BigDecimal needed(Tables tables, Identity identity, Cell cell) {
        CellRef ref = cell.ref();
        boolean onLeft = identity.left().contains(ref);
        if (!onLeft && !identity.right().contains(ref)) {
            return null;
        }
        Terms.Sides sides = Terms.Sides.of(tables, identity);
        if (sides == null) {
            return null;
        }
        for (CellRef other : Terms.cells(sides.left(), sides.right())) {
            if (!other.equals(ref) && tables.cell(other).uncertain()) {
                return null;
            }
        }
        Terms own = onLeft ? sides.left() : sides.right();
        Terms opposite = onLeft ? sides.right() : sides.left();
        return opposite.sum().subtract(own.sum().subtract(cell.arithmeticValue()));
    }
}
