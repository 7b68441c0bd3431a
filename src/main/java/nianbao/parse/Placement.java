package nianbao.parse;

/**
 * Where the collected value tokens of a row go: {@code columns[i]} is the column of token i (or -1 when the token is
 * left out), and why the placement is not certain, per column, where it is not.
 */
record Placement(int[] columns, String[] doubts) {
    static Placement certain(int[] columns, int n) {
        return new Placement(columns, new String[n]);
    }
}
