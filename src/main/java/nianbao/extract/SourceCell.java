package nianbao.extract;

/**
 * One cell of a table row as the document itself delimits it (web page, Word): where its text sits in its line and
 * whether it is only the continuation of a merged cell to its left or above (colspan, rowspan, gridSpan, vMerge),
 * which holds no value of its own however empty it looks.
 */
public record SourceCell(int offset, int length, boolean merged) {
}
