package nianbao.parse;

import nianbao.extract.Ruling;
import nianbao.format.ColumnSpec;
import nianbao.format.Labels;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四 by position: its header words are often split or lost, so the values are the run of numbers that
 * follows the last header word, taken in order across the groups (复议, 直接起诉, 复议后起诉) of five columns each.
 */
final class PositionTableReader {
    /** Words printed in a cell instead of a number (value.not_number), which stand in the line of values. */
    private static final java.util.Set<String> WRITTEN_NONE = java.util.Set.of("无", "暂无", "没有");
    private final TableSpec table;
    private final List<Ruling> rulings;

    PositionTableReader(TableSpec table, List<Ruling> rulings) {
        this.table = table;
        this.rulings = rulings;
    }

    /** The line of table 四 with the placements its layout allows, or null when the region holds no value. */
    RowReading read(List<Token> tokens) {
        int perRow = table.rows().get(0).columns().size();
        int n = perRow * table.rows().size();
        List<Token> values = valueRows(tokens, n);
        if (values == null) {
            values = dataTokens(tokens);
        }
        if (values.stream().noneMatch(Token::isNumber)) {
            values = blankDataRow(tokens, n);
            if (values.isEmpty() && !printsHeader(table, tokens)) {
                return null;
            }
        }
        List<CellRef> refs = new ArrayList<>();
        for (RowSpec row : table.rows()) {
            for (ColumnSpec spec : row.columns()) {
                refs.add(new CellRef(table.key(), row.key(), spec.key()));
            }
        }
        if (values.isEmpty()) {
            return RowReading.proven(refs, firstText(table, tokens), values, Placement.certain(new int[0], n));
        }
        Token labelToken = values.get(0);
        Placement proven = values.size() == n ? null : RulingColumns.place(values, values.get(0), rulings, n);
        if (proven == null) {
            proven = byHeader(tokens, values, n);
        }
        return proven != null ? RowReading.proven(refs, labelToken, values, proven)
                : reading(refs, labelToken, values, n);
    }

    /** On a page, the header words prove each value's column (when they give all n columns). */
    private static Placement byHeader(List<Token> tokens, List<Token> values, int n) {
        List<Token> header = tokens.subList(0, tokens.indexOf(values.get(0)));
        double[] centers = HeaderColumns.centers(header, values, n);
        return centers == null ? null : HeaderColumns.place(values, centers);
    }

    private static RowReading reading(List<CellRef> refs, Token label, List<Token> values, int n) {
        boolean delimited = values.stream().allMatch(v -> v.layout().provesCells());
        if (delimited && values.size() < n) {
            return AlignedPlacer.shortRow(refs, label, values);
        }
        if (delimited) {
            int[] offsets = CellWindow.candidateOffsets(values, n);
            if (offsets.length <= 1) {
                return RowReading.proven(refs, label, values, offsets.length == 0
                        ? CellWindow.place(values, n, 0, CellWindow.TOO_MANY_DOUBT)
                        : CellWindow.place(values, n, offsets[0], null));
            }
            List<Placement> options = new ArrayList<>();
            for (int offset : offsets) {
                options.add(CellWindow.place(values, n, offset, null));
            }
            return new RowReading(refs, label, values, options, null, CellWindow.AMBIGUOUS_DOUBT);
        }
        if (values.size() >= n) {
            int[] columns = new int[values.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = i < n ? i : -1;
            }
            return RowReading.proven(refs, label, values, Placement.certain(columns, n));
        }
        boolean aligned = values.stream().anyMatch(v -> v.layout() == LineLayout.ALIGNED);
        double[] ratios = null;
        if (aligned) {
            ratios = new double[n];
            for (int c = 0; c < n; c++) {
                ratios[c] = (c + 0.5) / (n - 0.5);
            }
        }
        return AlignedPlacer.reading(refs, label, values, ratios);
    }

    /**
     * Where the document delimits cells, the rows of values under the header, in order, when together they hold
     * exactly the table's cells: table 四 in one row, or cut (as converters cut a wide table) into a table per group,
     * each with its own header rows. Null when the rows say otherwise.
     */
    private static List<Token> valueRows(List<Token> tokens, int n) {
        java.util.Map<Integer, List<Token>> byLine = new java.util.LinkedHashMap<>();
        for (Token t : tokens) {
            byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
        }
        List<Token> values = new ArrayList<>();
        boolean header = false;
        for (List<Token> line : byLine.values()) {
            boolean text = line.stream().anyMatch(t -> t.isText() && !WRITTEN_NONE.contains(t.norm()));
            if (text) {
                header = true;
            } else if (header) {
                if (!line.stream().allMatch(t -> t.layout().provesCells())) {
                    return null;
                }
                values.addAll(line);
            }
        }
        return values.size() == n && values.stream().anyMatch(Token::isNumber) ? values : null;
    }

    /**
     * The numbers (and delimited blank cells) after a header word, up to the next text after them: of several such
     * runs, the one with the most numbers (a speck in the header that OCR read as a digit makes a run of one).
     */
    private static List<Token> dataTokens(List<Token> tokens) {
        java.util.Set<Integer> textLines = new java.util.HashSet<>();
        tokens.stream().filter(Token::isText).forEach(t -> textLines.add(t.line()));
        List<Token> best = new ArrayList<>();
        long bestNumbers = 0;
        int from = 0;
        while (true) {
            int firstNumber = -1;
            for (int i = from; i < tokens.size(); i++) {
                if (tokens.get(i).isNumber()) {
                    firstNumber = i;
                    break;
                }
            }
            if (firstNumber < 0) {
                return best;
            }
            int start = firstNumber;
            while (start > from && !tokens.get(start - 1).isText()) {
                start--;
            }
            List<Token> values = new ArrayList<>();
            int end = run(tokens, start, textLines, values);
            long numbers = values.stream().filter(Token::isNumber).count();
            if (numbers > bestNumbers) {
                best = values;
                bestNumbers = numbers;
            }
            from = end;
        }
    }

    /** Collects one run of values from {@code start} into {@code values}; where it ends (the text after it). */
    private static int run(List<Token> tokens, int start, java.util.Set<Integer> textLines, List<Token> values) {
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isText() && WRITTEN_NONE.contains(t.norm()) && !values.isEmpty()
                    && values.get(values.size() - 1).line() == t.line()) {
                values.add(t);
                continue;
            }
            if (t.isText()) {
                if (values.stream().anyMatch(Token::isNumber)) {
                    return i;
                }
                continue;
            }
            if (t.isBlank() && textLines.contains(t.line())) {
                continue;
            }
            values.add(t);
        }
        return tokens.size();
    }

    /**
     * Whether the region prints the table's header (行政复议 … 结果维持 … 总计) though no value: a table 四 whose cells were
     * all left blank and whose blank cells left no trace in the text.
     */
    private static boolean printsHeader(TableSpec table, List<Token> tokens) {
        String text = new LabelStream(tokens).text();
        RowSpec first = table.rows().get(0);
        List<ColumnSpec> columns = first.columns();
        return text.contains(Labels.normalize(first.label())) && text.contains(Labels.normalize(columns.get(0).label()))
                && text.contains(Labels.normalize(columns.get(columns.size() - 1).label()));
    }

    /** The token that names the table's first row (行政复议), where findings about the table point. */
    private static Token firstText(TableSpec table, List<Token> tokens) {
        String first = Labels.normalize(table.rows().get(0).label());
        return tokens.stream().filter(Token::isText).filter(t -> t.norm().contains(first)).findFirst()
                .orElse(tokens.get(0));
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
}
