package nianbao.parse;

import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;

/**
 * Finds each row of a table by its printed label, never by counting lines. Rows are looked for in the format's
 * order from where the previous one was found; a long label is matched on its first characters (so a label that
 * wraps around its values, or carries a typo further on, is still found).
 */
final class RowLocator {
    private static final int ANCHOR = 10;
    private static final int SHORT_ANCHOR = 6;

    private RowLocator() {
    }

    static List<RowHit> locate(LabelStream stream, List<RowSpec> rows) {
        List<RowHit> hits = new ArrayList<>();
        boolean[] claimed = new boolean[stream.text().length() + 1];
        int cursor = 0;
        for (RowSpec row : rows) {
            int pos = find(stream, row, cursor, claimed);
            if (pos < 0) {
                pos = find(stream, row, 0, claimed);
            }
            if (pos >= 0) {
                claimed[pos] = true;
                hits.add(new RowHit(row, stream.tokenAt(pos), pos));
                cursor = pos + 1;
            }
        }
        hits.sort(Comparator.comparingInt(RowHit::position));
        return hits;
    }

    /** Normalised labels per row spec; the format's specs are constants, so they are cached by identity. */
    private static final Map<RowSpec, List<String>> LABELS = Collections.synchronizedMap(new IdentityHashMap<>());

    static List<String> labels(RowSpec row) {
        return LABELS.computeIfAbsent(row, RowSpec::normalizedLabels);
    }

    private static int find(LabelStream stream, RowSpec row, int from, boolean[] claimed) {
        int best = earliest(stream, row, from, claimed, ANCHOR);
        return best >= 0 ? best : earliest(stream, row, from, claimed, SHORT_ANCHOR);
    }

    private static int earliest(LabelStream stream, RowSpec row, int from, boolean[] claimed, int anchorLength) {
        int best = -1;
        for (String label : labels(row)) {
            if (anchorLength == SHORT_ANCHOR && label.length() <= ANCHOR) {
                continue;
            }
            String anchor = label.length() > anchorLength ? label.substring(0, anchorLength) : label;
            int pos = stream.indexOf(anchor, from);
            while (pos >= 0 && claimed[pos]) {
                pos = stream.indexOf(anchor, pos + 1);
            }
            if (pos >= 0 && (best < 0 || pos < best)) {
                best = pos;
            }
        }
        return best;
    }
}
