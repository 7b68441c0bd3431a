package nianbao.parse;

import nianbao.format.Identity;
import nianbao.model.CellRef;
import nianbao.model.CellText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses, for every row whose layout allows several placements, the one the form's own sums prove: first row by row
 * over the identities whose other cells are already known, then jointly over the rows still open. The sums only choose
 * among placements the layout allows; they never change a value. A row the sums cannot settle keeps the layout's
 * preferred placement and is marked uncertain where its options disagree.
 */
final class PlacementSolver {
    /** A cell whose text is not a whole number: identities through it cannot be decided. */
    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final int MAX_SOLUTIONS = 64;
    private static final int MAX_NODES = 50_000;

    /** How a row was settled. */
    enum How { LAYOUT, SUMS, UNCERTAIN }

    /** The outcome for one row: the option used, how it was chosen, and the options still open (for doubts). */
    record Outcome(int option, How how, List<Integer> open) {
    }

    private final List<RowReading> rows;
    private final List<Identity> identities;
    private final Map<CellRef, Integer> rowOf = new HashMap<>();
    private final Map<CellRef, Integer> columnOf = new HashMap<>();
    private final Integer[] chosen;
    private final How[] how;
    private final List<List<Integer>> open = new ArrayList<>();
    /** Per row and option: the layout's fit plus how unlike a printed form the option is (lower is better). */
    private final double[][] score;
    /** Per row, option and column: the value the option puts there (0 for a blank, UNKNOWN for text). */
    private final long[][][] values;
    /** Per row: every option, best score first (the open options start as this). */
    private final List<List<Integer>> ranked = new ArrayList<>();

    private PlacementSolver(List<RowReading> rows, List<Identity> identities) {
        this.rows = rows;
        this.identities = identities;
        this.chosen = new Integer[rows.size()];
        this.how = new How[rows.size()];
        this.score = new double[rows.size()][];
        this.values = new long[rows.size()][][];
        for (int r = 0; r < rows.size(); r++) {
            RowReading row = rows.get(r);
            long[] read = new long[row.values().size()];
            for (int i = 0; i < read.length; i++) {
                read[i] = parse(row.values().get(i).text());
            }
            values[r] = new long[row.options().size()][row.columnCount()];
            for (int o = 0; o < row.options().size(); o++) {
                int[] columns = row.options().get(o).columns();
                for (int i = columns.length - 1; i >= 0; i--) { // the first token of a column wins, as in textAt
                    if (columns[i] >= 0) {
                        values[r][o][columns[i]] = read[i];
                    }
                }
            }
            List<CellRef> refs = rows.get(r).refs();
            for (int c = 0; c < refs.size(); c++) {
                rowOf.put(refs.get(c), r);
                columnOf.put(refs.get(c), c);
            }
            List<Integer> all = new ArrayList<>();
            for (int o = 0; o < rows.get(r).options().size(); o++) {
                all.add(o);
            }
            open.add(all);
            if (!rows.get(r).ambiguous()) {
                chosen[r] = 0;
                how[r] = How.LAYOUT;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            RowReading row = rows.get(r);
            score[r] = new double[row.options().size()];
            if (row.ambiguous()) {
                for (int o = 0; o < score[r].length; o++) {
                    score[r][o] = (row.fit() == null ? 0 : row.fit()[o]) + unprinted(r, o);
                }
                final int rr = r;
                open.get(r).sort(java.util.Comparator.comparingDouble(o -> score[rr][o]));
            }
            ranked.add(List.copyOf(open.get(r)));
        }
    }

    /** A printed total this option leaves blank beside printed parts costs 1; a group left wholly blank 0.5. */
    private double unprinted(int r, int o) {
        double penalty = 0;
        for (Identity id : identities) {
            if (id.left().size() != 1 || !withinRow(id, r)) {
                continue;
            }
            boolean total = rows.get(r).textAt(o, columnOf.get(id.left().get(0))) != null;
            boolean part = id.right().stream().anyMatch(ref -> rows.get(r).textAt(o, columnOf.get(ref)) != null);
            penalty += part && !total ? 1 : !part && !total ? 0.5 : 0;
        }
        return penalty;
    }

    /** Whether the words' positions clearly single out the first of these options (in score order). */
    private boolean positionsPrefer(int r, List<Integer> among) {
        RowReading row = rows.get(r);
        if (row.fit() == null || among.isEmpty()) {
            return false;
        }
        return among.size() == 1 || score[r][among.get(1)] - score[r][among.get(0)] >= RowReading.CLEAR_MARGIN;
    }

    static List<Outcome> solve(List<RowReading> rows, List<Identity> identities) {
        PlacementSolver solver = new PlacementSolver(rows, identities);
        solver.rowByRow();
        solver.jointly();
        solver.byPositions();
        solver.confirmOrder();
        List<Outcome> out = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            if (solver.chosen[r] == null) {
                List<Integer> options = solver.open.get(r);
                out.add(new Outcome(options.get(0), How.UNCERTAIN, options));
            } else {
                out.add(new Outcome(solver.chosen[r], solver.how[r], solver.open.get(r)));
            }
        }
        return out;
    }

    /**
     * Rows the sums left open take the placement the words' positions clearly prefer among the options still open,
     * unless that breaks an identity among settled rows: then those rows stay uncertain.
     */
    private void byPositions() {
        List<Integer> tentative = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (chosen[r] == null && positionsPrefer(r, open.get(r))) {
                chosen[r] = open.get(r).get(0);
                how[r] = How.LAYOUT;
                tentative.add(r);
            }
        }
        for (Identity id : identities) {
            List<Integer> involved = new ArrayList<>();
            for (int r : tentative) {
                if (chosen[r] != null && touches(id, r)) {
                    involved.add(r);
                }
            }
            if (!involved.isEmpty() && decidable(id) && !holds(id, involved.get(0), chosen[involved.get(0)])) {
                for (int r : involved) {
                    chosen[r] = null;
                    how[r] = null;
                }
            }
        }
    }

    /**
     * A row placed by the form's order (its label lost) is confirmed by the sums when every identity through it
     * that reaches other rows can be decided and holds (SUMS); otherwise it is uncertain.
     */
    private void confirmOrder() {
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).byOrder() || chosen[r] == null) {
                continue;
            }
            boolean reached = false;
            boolean allHold = true;
            for (Identity id : identities) {
                if (touches(id, r) && !withinRow(id, r)) {
                    reached = true;
                    allHold &= decidable(id) && holds(id, r, chosen[r]);
                }
            }
            how[r] = reached && allHold ? How.SUMS : How.UNCERTAIN;
            open.set(r, List.of(chosen[r]));
        }
    }

    /** Whether every cell of the identity is in row r (a row's own total), so it says nothing about other rows. */
    private boolean withinRow(Identity id, int r) {
        for (CellRef ref : id.cells()) {
            Integer row = rowOf.get(ref);
            if (row == null || row != r) {
                return false;
            }
        }
        return true;
    }

    /** A cell of a row no reading has that the identity may leave out of its sum (an absent leaf row). */
    private boolean skippable(Identity id, CellRef ref) {
        return rowOf.get(ref) == null && id.optionalParts() && id.right().contains(ref);
    }

    private boolean touches(Identity id, int r) {
        for (CellRef ref : id.cells()) {
            Integer row = rowOf.get(ref);
            if (row != null && row == r) {
                return true;
            }
        }
        return false;
    }

    /** Whether every cell of the identity is in a settled row (or is an absent part it may skip). */
    private boolean decidable(Identity id) {
        for (CellRef ref : id.cells()) {
            Integer row = rowOf.get(ref);
            if (row == null ? !skippable(id, ref) : chosen[row] == null) {
                return false;
            }
        }
        return true;
    }

    /** Settles open rows one at a time by the identities whose other cells are known, until nothing changes. */
    private void rowByRow() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows.size(); r++) {
                if (chosen[r] != null) {
                    continue;
                }
                List<Identity> local = localIdentities(r);
                List<Integer> satisfying = new ArrayList<>();
                for (int o : open.get(r)) {
                    if (holdsAll(local, r, o)) {
                        satisfying.add(o);
                    }
                }
                if (local.isEmpty() || satisfying.isEmpty()) {
                    continue;
                }
                open.set(r, satisfying);
                if (satisfying.size() == 1) {
                    settle(r, satisfying.get(0));
                    changed = true;
                } else if (positionsPrefer(r, satisfying)) {
                    chosen[r] = satisfying.get(0);
                    how[r] = How.LAYOUT;
                    changed = true;
                }
            }
        }
    }

    /** Settles row r by the sums, or by the layout when the option is also the one its positions clearly prefer. */
    private void settle(int r, int option) {
        chosen[r] = option;
        List<Integer> all = ranked.get(r);
        how[r] = option == all.get(0) && positionsPrefer(r, all) ? How.LAYOUT : How.SUMS;
    }

    /** The identities through row r whose every other cell is in a settled row (or absent and skippable). */
    private List<Identity> localIdentities(int r) {
        List<Identity> local = new ArrayList<>();
        for (Identity id : identities) {
            boolean touches = false;
            boolean decidable = true;
            for (CellRef ref : id.cells()) {
                Integer row = rowOf.get(ref);
                if (row == null) {
                    decidable &= skippable(id, ref);
                } else if (row == r) {
                    touches = true;
                } else if (chosen[row] == null) {
                    decidable = false;
                }
            }
            if (touches && decidable) {
                local.add(id);
            }
        }
        return local;
    }

    private boolean holdsAll(List<Identity> local, int r, int o) {
        for (Identity id : local) {
            if (!holds(id, r, o)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the identity holds with row r placed by option o and every other row as settled. */
    private boolean holds(Identity id, int r, int o) {
        long difference = 0;
        for (int side = 0; side < 2; side++) {
            for (CellRef ref : side == 0 ? id.left() : id.right()) {
                Integer row = rowOf.get(ref);
                if (row == null) {
                    continue;
                }
                long v = value(row, row == r ? o : chosen[row], columnOf.get(ref));
                if (v == UNKNOWN) {
                    return true;
                }
                difference += side == 0 ? v : -v;
            }
        }
        return difference == 0;
    }

    private long value(int row, int option, int column) {
        return values[row][option][column];
    }

    private static long parse(String text) {
        CellText.Kind kind = text == null ? CellText.Kind.BLANK : CellText.kind(text);
        if (kind == CellText.Kind.BLANK) {
            return 0;
        }
        if (kind != CellText.Kind.NUMBER) {
            return UNKNOWN;
        }
        BigDecimal n = CellText.number(text);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            return UNKNOWN;
        }
    }

    /**
     * Searches the open rows together over every identity among settled and open rows. If the search is complete, an
     * open row whose option is the same in every solution is settled by the sums; the others stay open.
     */
    private void jointly() {
        List<Integer> free = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (chosen[r] == null) {
                free.add(r);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        free.sort((a, b) -> Integer.compare(open.get(a).size(), open.get(b).size()));
        List<Identity> relevant = new ArrayList<>();
        for (Identity id : identities) {
            boolean touchesFree = false;
            boolean decidable = true;
            for (CellRef ref : id.cells()) {
                Integer row = rowOf.get(ref);
                if (row == null) {
                    decidable &= skippable(id, ref);
                } else if (chosen[row] == null) {
                    touchesFree = true;
                }
            }
            if (touchesFree && decidable) {
                relevant.add(id);
            }
        }
        if (relevant.isEmpty()) {
            return;
        }
        Search search = new Search(free, relevant);
        search.run(0);
        if (search.nodes > MAX_NODES || search.solutions.size() >= MAX_SOLUTIONS || search.solutions.isEmpty()) {
            return;
        }
        for (int i = 0; i < free.size(); i++) {
            int r = free.get(i);
            List<Integer> seen = new ArrayList<>();
            for (int[] solution : search.solutions) {
                if (!seen.contains(solution[i])) {
                    seen.add(solution[i]);
                }
            }
            final int rr = r;
            seen.sort(java.util.Comparator.comparingDouble(o -> score[rr][o]));
            open.set(r, seen);
            if (seen.size() == 1) {
                settle(r, seen.get(0));
            }
        }
    }

    /** Depth-first search over the open rows' options, pruned by the range each identity can still reach. */
    private final class Search {
        private final List<Integer> free;
        private final int[] assignment;
        private final List<int[]> solutions = new ArrayList<>();
        /** Per depth: the identities through the row assigned at that depth, as (row, column, sign) per cell. */
        private final List<List<int[][]>> byDepth = new ArrayList<>();
        /** Per row and column: the smallest and largest value its open options give (free rows only). */
        private final long[][] lo;
        private final long[][] hi;
        private final int[] depthOf;
        private int nodes;

        Search(List<Integer> free, List<Identity> relevant) {
            this.free = free;
            this.assignment = new int[free.size()];
            this.depthOf = new int[rows.size()];
            java.util.Arrays.fill(depthOf, -1);
            for (int i = 0; i < free.size(); i++) {
                depthOf[free.get(i)] = i;
                byDepth.add(new ArrayList<>());
            }
            lo = new long[rows.size()][];
            hi = new long[rows.size()][];
            for (int r : free) {
                int n = rows.get(r).columnCount();
                lo[r] = new long[n];
                hi[r] = new long[n];
                for (int c = 0; c < n; c++) {
                    long min = Long.MAX_VALUE;
                    long max = Long.MIN_VALUE + 1;
                    for (int o : open.get(r)) {
                        long v = value(r, o, c);
                        if (v == UNKNOWN) {
                            min = UNKNOWN;
                            break;
                        }
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                    lo[r][c] = min;
                    hi[r][c] = max;
                }
            }
            for (Identity id : relevant) {
                List<int[]> cells = new ArrayList<>();
                for (int side = 0; side < 2; side++) {
                    for (CellRef ref : side == 0 ? id.left() : id.right()) {
                        Integer row = rowOf.get(ref);
                        if (row != null) {
                            cells.add(new int[]{row, columnOf.get(ref), side == 0 ? 1 : -1});
                        }
                    }
                }
                int[][] t = cells.toArray(int[][]::new);
                for (int[] cell : t) {
                    int d = depthOf[cell[0]];
                    if (d >= 0 && !byDepth.get(d).contains(t)) {
                        byDepth.get(d).add(t);
                    }
                }
            }
        }

        void run(int depth) {
            if (++nodes > MAX_NODES || solutions.size() >= MAX_SOLUTIONS) {
                return;
            }
            if (depth == free.size()) {
                solutions.add(assignment.clone());
                return;
            }
            int r = free.get(depth);
            for (int o : open.get(r)) {
                assignment[depth] = o;
                if (feasible(depth)) {
                    run(depth + 1);
                }
            }
        }

        /** Whether every identity through the row just assigned can still hold. */
        private boolean feasible(int depth) {
            for (int[][] t : byDepth.get(depth)) {
                long min = 0;
                long max = 0;
                boolean unknown = false;
                for (int[] cell : t) {
                    int row = cell[0];
                    int c = cell[1];
                    long a;
                    long b;
                    int d = depthOf[row];
                    if (chosen[row] != null || (d >= 0 && d <= depth)) {
                        a = value(row, chosen[row] != null ? chosen[row] : assignment[d], c);
                        b = a;
                    } else {
                        a = lo[row][c];
                        b = hi[row][c];
                    }
                    if (a == UNKNOWN) {
                        unknown = true;
                        break;
                    }
                    if (cell[2] > 0) {
                        min += a;
                        max += b;
                    } else {
                        min -= b;
                        max -= a;
                    }
                }
                if (!unknown && (min > 0 || max < 0)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Whether the options still open for a row put the same text in column c (so that cell is certain). */
    static boolean agree(RowReading row, List<Integer> options, int c) {
        String first = row.textAt(options.get(0), c);
        for (int o : options) {
            if (!Objects.equals(first, row.textAt(o, c))) {
                return false;
            }
        }
        return true;
    }
}
