package nianbao.parse;

import java.util.List;

/**
 * The text tokens of a table region run together and normalised, so that a label can be found even when the
 * document wrapped it over several lines, split it into words or put its values in the middle of it.
 */
final class LabelStream {
    private final String text;
    private final int[] tokenAt;

    LabelStream(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        int[] map = new int[64];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isText()) {
                continue;
            }
            String n = t.norm();
            for (int k = 0; k < n.length(); k++) {
                if (b.length() >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                map[b.length()] = i;
                b.append(n.charAt(k));
            }
        }
        this.text = b.toString();
        this.tokenAt = map;
    }

    String text() {
        return text;
    }

    /** The index of the token holding the character at stream position {@code pos}. */
    int tokenAt(int pos) {
        return tokenAt[pos];
    }

    int indexOf(String needle, int from) {
        return text.indexOf(needle, from);
    }
}
