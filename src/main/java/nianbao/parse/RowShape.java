package nianbao.parse;

import java.math.BigDecimal;

/**
 * The arithmetic a row is expected to satisfy, used only to choose between placements that the layout leaves open:
 * a penalty of 0 for a placement that adds up, more for one that does not or that leaves a total blank.
 */
interface RowShape {
    double penalty(BigDecimal[] valuesByColumn, boolean[] filled);

    RowShape NONE = (values, filled) -> 0;

    /** Reports print totals even where they leave zero parts blank, so a blank total is slightly unlikely. */
    double BLANK_TOTAL = 0.5;

    /** A total column that should equal the sum of the given part columns. */
    static RowShape sum(int totalColumn, int... parts) {
        return (values, filled) -> groupPenalty(values, filled, totalColumn, parts);
    }

    /** Several independent groups, e.g. the three groups of table 四. */
    static RowShape groups(RowShape... groups) {
        return (values, filled) -> {
            double p = 0;
            for (RowShape g : groups) {
                p += g.penalty(values, filled);
            }
            return p;
        };
    }

    private static double groupPenalty(BigDecimal[] values, boolean[] filled, int total, int[] parts) {
        boolean any = filled[total];
        BigDecimal sum = BigDecimal.ZERO;
        for (int p : parts) {
            any |= filled[p];
            if (filled[p]) {
                if (values[p] == null) {
                    return 0;
                }
                sum = sum.add(values[p]);
            }
        }
        if (!any) {
            return BLANK_TOTAL;
        }
        if (!filled[total]) {
            return 1;
        }
        if (values[total] == null) {
            return 0;
        }
        return values[total].compareTo(sum) == 0 ? 0 : 3;
    }
}
