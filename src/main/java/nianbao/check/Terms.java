package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One side of an equation: its cells, summed with a blank counting as 0, and shown with the actual numbers. */
final class Terms {
    /** Both sides of an identity as the report fills them in. */
    record Sides(Terms left, Terms right) {
        /**
         * The identity's sides, or null when it cannot be decided: a cell of the left absent or text, one of the right
         * so (rows the report lacks left out where the identity allows), or nothing on the right.
         */
        static Sides of(Tables tables, nianbao.format.Identity identity) {
            Terms left = Terms.of(tables, identity.left(), false);
            Terms right = Terms.of(tables, identity.right(), identity.optionalParts());
            return left == null || right == null || right.refs().isEmpty() ? null : new Sides(left, right);
        }
    }

    private final List<CellRef> refs;
    private final List<Cell> cells;

    private Terms(List<CellRef> refs, List<Cell> cells) {
        this.refs = refs;
        this.cells = cells;
    }

    /** The terms at {@code refs}, or null when a cell is absent or is text (no sum can be formed). */
    static Terms of(Tables tables, List<CellRef> refs) {
        return of(tables, refs, false);
    }

    /**
     * The terms at {@code refs}; with {@code skipAbsentRows}, cells of rows the report lacks are left out (and their
     * refs with them) instead of making the sum impossible. Null when a cell is text or (otherwise) absent.
     */
    static Terms of(Tables tables, List<CellRef> refs, boolean skipAbsentRows) {
        List<Cell> cells = new ArrayList<>(refs.size());
        List<CellRef> present = new ArrayList<>(refs.size());
        for (CellRef ref : refs) {
            Cell cell = tables.cell(ref);
            if (cell == null && skipAbsentRows && !tables.hasRow(ref.table(), ref.row())) {
                continue;
            }
            if (cell == null || cell.arithmeticValue() == null) {
                return null;
            }
            cells.add(cell);
            present.add(ref);
        }
        return new Terms(List.copyOf(present), cells);
    }

    List<CellRef> refs() {
        return refs;
    }

    BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell cell : cells) {
            sum = sum.add(cell.arithmeticValue());
        }
        return sum;
    }

    boolean hasUncertain() {
        return cells.stream().anyMatch(Cell::uncertain);
    }

    boolean hasBlank() {
        return cells.stream().anyMatch(Cell::isBlank);
    }

    /** The values joined by +, 空 for a blank: {@code 58+空}. */
    String shown() {
        StringBuilder s = new StringBuilder();
        for (Cell cell : cells) {
            if (s.length() > 0) {
                s.append('+');
            }
            s.append(cell.isBlank() ? "空" : cell.number().toPlainString());
        }
        return s.toString();
    }

    /** {@code 一+二 = 58+0 = 58}, or {@code 总计 = 9} for a single term. */
    String describe(String names) {
        if (cells.size() == 1) {
            return names + " = " + shown();
        }
        return names + " = " + shown() + " = " + sum().toPlainString();
    }

    /** Whether two sides differ. */
    static boolean differ(Terms left, Terms right) {
        return left.sum().compareTo(right.sum()) != 0;
    }

    /** {@code 一+二 = 58+0 = 58；（七）总计+四 = 54+2 = 56；相差 2}, noting 空=0 when a blank took part. */
    static String equation(String leftNames, Terms left, String rightNames, Terms right) {
        String message = left.describe(leftNames) + "；" + right.describe(rightNames) + "；相差 "
                + left.sum().subtract(right.sum()).abs().toPlainString();
        return message + blankNote(left.hasBlank() || right.hasBlank());
    }

    static String blankNote(boolean blank) {
        return blank ? "（空=0）" : "";
    }

    /** Every cell of both sides, left first. */
    static List<CellRef> cells(Terms left, Terms right) {
        List<CellRef> all = new ArrayList<>(left.refs);
        all.addAll(right.refs);
        return all;
    }
}
