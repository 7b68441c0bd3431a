package nianbao.format;

import nianbao.model.CellRef;

import java.util.ArrayList;
import java.util.List;

/**
 * One arithmetic identity of the national form: the cells on the left sum to the cells on the right (a blank counting
 * as 0). It carries the rule id it is checked under, where its finding points (table, row, column), the printed name
 * of what it concerns and the short names of both sides, so that checking it needs no knowledge of the form.
 *
 * @param optionalParts true when right-hand cells of rows the report lacks are left out of the sum (a missing leaf
 *                      row is reported by itself), false when any absent cell makes the identity undecidable
 */
public record Identity(String rule, String table, String row, String column, String subject,
                       List<CellRef> left, String leftNames, List<CellRef> right, String rightNames,
                       boolean optionalParts) {
    public Identity {
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    /** Every cell of both sides, left first. */
    public List<CellRef> cells() {
        List<CellRef> all = new ArrayList<>(left);
        all.addAll(right);
        return all;
    }
}
