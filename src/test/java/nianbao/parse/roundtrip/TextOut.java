package nianbao.parse.roundtrip;

/** A growing report text with the few line habits the layouts need. */
final class TextOut {
    private final StringBuilder sb = new StringBuilder();

    TextOut line(String s) {
        sb.append(s).append('\n');
        return this;
    }

    TextOut blank() {
        sb.append('\n');
        return this;
    }

    TextOut raw(String s) {
        sb.append(s);
        return this;
    }

    /** Drops one trailing blank line, so that the next line directly follows the previous one. */
    TextOut unblank() {
        int n = sb.length();
        if (n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n') {
            sb.setLength(n - 1);
        }
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
