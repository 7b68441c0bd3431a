package nianbao.parse;

import nianbao.extract.Ruling;
import nianbao.format.ColumnSpec;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;
import nianbao.model.Tables;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四 by position: its header words are often split or lost, so the values are the run of numbers that
 * follows the last header word, taken in order across the groups (复议, 直接起诉, 复议后起诉) of five columns each.
 */
final class PositionTableReader {
    private final TableSpec table;
    private final List<Ruling> rulings;

    PositionTableReader(TableSpec table, List<Ruling> rulings) {
        this.table = table;
        this.rulings = rulings;
    }

    /** Reads the values into the builder; returns false when the region holds no number at all. */
    boolean read(List<Token> tokens, Tables.Builder out) {
        int perRow = table.rows().get(0).columns().size();
        int n = perRow * table.rows().size();
        List<Token> values = dataTokens(tokens);
        if (values.stream().noneMatch(Token::isNumber)) {
            values = blankDataRow(tokens, n);
            if (values.isEmpty()) {
                return false;
            }
        }
        Placement placement = values.size() == n ? null : RulingColumns.place(values, values.get(0), rulings, n);
        if (placement == null) {
            placement = byHeader(tokens, values, n);
        }
        if (placement == null) {
            placement = placement(values, n, perRow);
        }
        Token labelToken = values.get(0);
        for (int r = 0; r < table.rows().size(); r++) {
            RowSpec row = table.rows().get(r);
            for (int c = 0; c < perRow; c++) {
                int column = r * perRow + c;
                ColumnSpec spec = row.columns().get(c);
                CellRef ref = new CellRef(table.key(), row.key(), spec.key());
                int tokenIndex = indexOf(placement.columns(), column);
                out.put(tokenIndex >= 0
                        ? CellFactory.fromToken(ref, values.get(tokenIndex), placement.doubts()[column])
                        : CellFactory.missing(ref, labelToken, placement.doubts()[column]));
            }
        }
        return true;
    }

    /** On a page, the header words prove each value's column (when they give all n columns). */
    private static Placement byHeader(List<Token> tokens, List<Token> values, int n) {
        List<Token> header = tokens.subList(0, tokens.indexOf(values.get(0)));
        double[] centers = HeaderColumns.centers(header, values, n);
        return centers == null ? null : HeaderColumns.place(values, centers);
    }

    private Placement placement(List<Token> values, int n, int perRow) {
        boolean delimited = values.stream().allMatch(v -> v.layout().provesCells());
        if (delimited) {
            int[] offsets = CellWindow.candidateOffsets(values, n);
            int offset = offsets.length == 0 ? 0 : offsets[0];
            return CellWindow.place(values, n, offset, offsets.length > 1 ? "无法确定空白单元格所在列" : null);
        }
        if (values.size() >= n) {
            int[] columns = new int[values.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = i < n ? i : -1;
            }
            return Placement.certain(columns, n);
        }
        boolean aligned = values.stream().anyMatch(v -> v.layout() == LineLayout.ALIGNED);
        double[] ratios = null;
        if (aligned) {
            ratios = new double[n];
            for (int c = 0; c < n; c++) {
                ratios[c] = (c + 0.5) / (n - 0.5);
            }
        }
        List<RowShape> groups = new ArrayList<>();
        for (int r = 0; r < n / perRow; r++) {
            int base = r * perRow;
            int[] parts = new int[perRow - 1];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = base + p;
            }
            groups.add(RowShape.sum(base + perRow - 1, parts));
        }
        return AlignedPlacer.place(values, n, ratios, RowShape.groups(groups.toArray(RowShape[]::new)));
    }

    /** The numbers (and delimited blank cells) after the last header word, up to the next text after them. */
    private static List<Token> dataTokens(List<Token> tokens) {
        int firstNumber = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isNumber()) {
                firstNumber = i;
                break;
            }
        }
        List<Token> values = new ArrayList<>();
        if (firstNumber < 0) {
            return values;
        }
        int start = firstNumber;
        while (start > 0 && !tokens.get(start - 1).isText()) {
            start--;
        }
        java.util.Set<Integer> textLines = new java.util.HashSet<>();
        tokens.stream().filter(Token::isText).forEach(t -> textLines.add(t.line()));
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isText()) {
                if (values.stream().anyMatch(Token::isNumber)) {
                    break;
                }
                continue;
            }
            if (t.isBlank() && textLines.contains(t.line())) {
                continue;
            }
            values.add(t);
        }
        return values;
    }

    /** A delimited line of at least n cells, all empty, after the header: a table 四 with nothing filled in. */
    private static List<Token> blankDataRow(List<Token> tokens, int n) {
        List<Token> row = new ArrayList<>();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.isText()) {
                break;
            }
            row.add(0, t);
        }
        boolean delimitedBlanks = row.size() >= n && row.stream().allMatch(t -> t.isBlank() && t.layout().provesCells());
        return delimitedBlanks ? row : List.of();
    }


    private static int indexOf(int[] columns, int column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] == column) {
                return i;
            }
        }
        return -1;
    }
}
