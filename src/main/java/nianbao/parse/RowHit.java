package nianbao.parse;

import nianbao.format.RowSpec;

/**
 * A table row found in the token stream: which row, the token where its label starts, the stream position, and
 * whether its label was found only with a character or two misread.
 */
record RowHit(RowSpec row, int token, int position, boolean misread) {
}
