package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of table 三 as printed: its spec, the outer group cell (三、本年度办理结果) and inner group cell (（三）不予公开…)
 * it sits under, and whether it is the first row under each (where a merged group cell is printed).
 */
record RequestRow(RowSpec spec, String top, String sub, boolean firstInTop, boolean firstInSub) {
    static final String RESULT = "三、本年度办理结果";

    /** The rows of table 三, with the 2019 format's single （六）其他处理 row when {@code trial}. */
    static List<RequestRow> all(boolean trial) {
        List<RequestRow> out = new ArrayList<>();
        String prevTop = null;
        String prevSub = null;
        for (RowSpec spec : nianbao.format.Identities.requestRows(trial)) {
            String g = spec.group();
            String top = g == null ? null : RESULT;
            String sub = g == null || g.equals(RESULT) ? null : g;
            out.add(new RequestRow(spec, top, sub, top != null && !top.equals(prevTop),
                    sub != null && !sub.equals(prevSub)));
            prevTop = top;
            prevSub = sub;
        }
        return out;
    }

    String key() {
        return spec.key();
    }

    String label() {
        return spec.label();
    }

    /** Indices [first, last] of the rows sharing this row's inner group (or outer group when inner is null). */
    static int[] span(List<RequestRow> rows, int index, boolean inner) {
        String g = inner ? rows.get(index).sub : rows.get(index).top;
        int first = index;
        while (first > 0 && g.equals(inner ? rows.get(first - 1).sub : rows.get(first - 1).top)) {
            first--;
        }
        int last = index;
        while (last + 1 < rows.size() && g.equals(inner ? rows.get(last + 1).sub : rows.get(last + 1).top)) {
            last++;
        }
        return new int[]{first, last};
    }
}
