package nianbao.parse;

import nianbao.format.Labels;
import nianbao.format.RowSpec;

import java.util.List;

/**
 * In tab- or pipe-delimited tables, finds the header line above a row that prints the row's column labels, and the
 * cell index of its first column — the place a row's values start when nothing else proves it.
 */
final class HeaderCells {
    private HeaderCells() {
    }

    /** The header token naming the row's first column, or null when the layout or the header does not tell. */
    static Token firstValueCell(List<Token> tokens, int labelToken, RowSpec row) {
        if (!tokens.get(labelToken).layout().provesCells() || tokens.get(labelToken).layout() == LineLayout.CELL_PER_LINE) {
            return null;
        }
        String first = Labels.normalize(row.columns().get(0).label());
        String last = Labels.normalize(row.columns().get(row.columns().size() - 1).label());
        int n = row.columns().size();
        Token firstCell = null;
        for (int i = labelToken - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (!t.isText() || !t.layout().provesCells() || t.layout() == LineLayout.CELL_PER_LINE) {
                continue;
            }
            String text = t.norm();
            if (firstCell == null && text.equals(first)) {
                firstCell = t;
                if (n == 1) {
                    return firstCell;
                }
            } else if (firstCell != null && text.equals(last) && t.cell() - firstCell.cell() == n - 1) {
                return firstCell;
            }
            if (text.equals(last) && firstCell == null) {
                int lastCell = t.cell();
                for (int j = i - 1; j >= 0 && tokens.get(j).line() == t.line(); j--) {
                    Token u = tokens.get(j);
                    if (u.norm().equals(first) && lastCell - u.cell() == n - 1) {
                        return u;
                    }
                }
            }
        }
        return null;
    }
}
