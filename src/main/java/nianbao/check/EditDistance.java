package nianbao.check;

/** Levenshtein distance bounded by a limit, in a band of the dynamic-programming table (O(length × limit)). */
final class EditDistance {
    private EditDistance() {
    }

    /** Whether {@code a} becomes {@code b} with at most {@code limit} insertions, deletions and substitutions. */
    static boolean within(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return false;
        }
        int big = limit + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= limit ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            current[0] = i <= limit ? i : big;
            if (from > 1) {
                current[from - 1] = big;
            }
            int best = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(value, big);
                best = Math.min(best, current[j]);
            }
            if (to < m) {
                current[to + 1] = big;
            }
            if (best > limit) {
                return false;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m] <= limit;
    }
}
