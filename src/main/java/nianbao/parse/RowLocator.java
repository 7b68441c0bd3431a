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
            Found found = find(stream, row, cursor, claimed);
            if (found == null) {
                found = find(stream, row, 0, claimed);
            }
            if (found != null) {
                claimed[found.position()] = true;
                hits.add(new RowHit(row, stream.tokenAt(found.position()), found.position(), found.misread()));
                cursor = found.position() + 1;
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

    /** Where a label was found, and whether only with a character or two misread ({@link #nearest}). */
    private record Found(int position, boolean misread) {
    }

    /** Where the row's label is, or null. */
    private static Found find(LabelStream stream, RowSpec row, int from, boolean[] claimed) {
        int best = earliest(stream, row, from, claimed, ANCHOR);
        if (best < 0) {
            best = earliest(stream, row, from, claimed, SHORT_ANCHOR);
        }
        if (best >= 0) {
            return new Found(best, false);
        }
        int near = nearest(stream, row, from, claimed);
        return near < 0 ? null : new Found(near, true);
    }

    /** How many characters a long label's anchor may differ by (a character misread, dropped or added by OCR). */
    private static final int MAX_EDITS = 2;

    /**
     * The earliest place where the first characters of a label are printed with a character or two misread, dropped
     * or added (上年结转政附信息公开 for 上年结转政府信息公开): the last resort, and never for a short label, which could
     * stand for another.
     */
    private static int nearest(LabelStream stream, RowSpec row, int from, boolean[] claimed) {
        String text = stream.text();
        for (String label : labels(row)) {
            // long labels: two edits in their first ten characters; labels of seven to twelve: one in all of them
            int edits = label.length() > ANCHOR + MAX_EDITS ? MAX_EDITS : label.length() >= MIN_FUZZY ? 1 : 0;
            if (edits == 0) {
                continue;
            }
            String anchor = label.length() > ANCHOR ? label.substring(0, ANCHOR) : label;
            for (int pos = Math.max(0, from); pos + anchor.length() - edits <= text.length(); pos++) {
                if (!claimed[pos] && withinEdits(anchor, text, pos, edits)) {
                    return pos;
                }
            }
        }
        return -1;
    }

    /** The shortest label that may be found with a character misread (（一）予以公开 read as （一）子以公开). */
    private static final int MIN_FUZZY = 7;

    /** Whether some piece of text starting at pos is within {@code edits} of the anchor, its first character right. */
    private static boolean withinEdits(String anchor, String text, int pos, int edits) {
        if (text.charAt(pos) != anchor.charAt(0)) {
            return false;
        }
        int n = anchor.length();
        for (int length = n - edits; length <= n + edits && pos + length <= text.length(); length++) {
            if (distance(anchor, text, pos, length) <= edits) {
                return true;
            }
        }
        return false;
    }

    /** Levenshtein distance between {@code a} and text[pos, pos + length). */
    private static int distance(String a, String text, int pos, int length) {
        int[] previous = new int[length + 1];
        int[] current = new int[length + 1];
        for (int j = 0; j <= length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= length; j++) {
                int cost = a.charAt(i - 1) == text.charAt(pos + j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[length];
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
