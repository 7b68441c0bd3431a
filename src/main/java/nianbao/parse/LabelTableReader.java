package nianbao.parse;

import nianbao.extract.Ruling;
import nianbao.format.ColumnSpec;
import nianbao.format.Formats;
import nianbao.format.FormWords;
import nianbao.format.Labels;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.CellRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a table whose rows are found by label (tables 二 and 三): locates every row, collects its value tokens, then
 * places them into columns — by cell position where the layout delimits cells, otherwise by count when the row is
 * full, otherwise by horizontal position and arithmetic, with doubts recorded.
 */
final class LabelTableReader {
    static final String SPLIT_OR_LOST = "此行数值印在标签的下一行，而下一行的标签缺失：这些数值可能属于下一行，请核对原文";

    private final TableSpec table;
    private final List<RowSpec> rows;
    private final List<Ruling> rulings;

    LabelTableReader(TableSpec table, List<RowSpec> rows, List<Ruling> rulings) {
        this.table = table;
        this.rows = rows;
        this.rulings = rulings;
    }

    /** Reads the rows found among the tokens: each with the placements its layout allows. */
    List<RowReading> read(List<Token> tokens) {
        LabelStream stream = new LabelStream(tokens);
        List<RowHit> hits = RowLocator.locate(stream, rows);
        ValueCollector collector = new ValueCollector(tokens, labelTexts());
        Map<Integer, Integer> widths = new HashMap<>();
        for (Token t : tokens) {
            if (t.layout().provesCells()) {
                widths.merge(t.line(), t.cell() + 1, Math::max);
            }
        }
        List<RowValues> found = new ArrayList<>();
        Set<RowSpec> misread = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < hits.size(); i++) {
            RowHit hit = hits.get(i);
            if (hit.misread()) {
                misread.add(hit.row());
            }
            int end = i + 1 < hits.size() ? hits.get(i + 1).token() : tokens.size();
            String label = RowLocator.labels(hit.row()).get(0);
            List<Token> values = UnitMerger.merge(collector.collect(hit.token(), end, label), hit.row());
            Token label0 = tokens.get(hit.token());
            Token header = HeaderCells.firstValueCell(tokens, hit.token(), hit.row());
            found.add(new RowValues(hit.row(), label0, values, header, widths.getOrDefault(label0.line(), 0),
                    header == null ? 0 : widths.getOrDefault(header.line(), 0)));
        }
        Set<RowSpec> byOrder = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<RowSpec> splitOrLost = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        found = trimBeyondGrid(withLostLabels(found, tokens, byOrder, splitOrLost));
        Map<String, Integer> learnedOffsets = learnOffsets(found);
        Map<Integer, double[]> ratios = referenceRatios(found);
        double[] headerCenters = hits.isEmpty() ? null : headerCenters(tokens.subList(0, hits.get(0).token()), found);
        List<RowReading> readings = new ArrayList<>();
        for (RowValues rv : found) {
            java.util.Optional<Placement> proven = provenPlacement(rv, headerCenters);
            RowReading reading = proven.isPresent()
                    ? RowReading.proven(refs(rv), rv.label(), rv.values(), proven.get())
                    : reading(rv, learnedOffsets, ratios);
            if (splitOrLost.contains(rv.row())) {
                reading = reading.withDoubt(SPLIT_OR_LOST);
            }
            if (misread.contains(rv.row())) {
                reading = reading.foundByMisreadLabel();
            }
            readings.add(byOrder.contains(rv.row()) ? reading.placedByOrder() : reading);
        }
        return readings;
    }

    /**
     * A converter can lose a row's label and leave its values as a line of their own under the row above. Each such
     * line (delimited, no text on it, with a value or as many cells as the row above, under a row that prints
     * values on its own label's line) goes to the row the
     * format has there, when exactly as many rows are missing between the rows found around it; the form's order
     * places it, and the sums must confirm that (see PlacementSolver). Otherwise the values stay with the row
     * above, which is then uncertain. A row whose values stand on the line under its label (a label split off) while
     * the next row is missing may as well be a blank row above a row that lost its label: it goes to
     * {@code splitOrLost}, to be marked uncertain.
     */
    private List<RowValues> withLostLabels(List<RowValues> found, List<Token> tokens, Set<RowSpec> byOrder,
                                           Set<RowSpec> splitOrLost) {
        Set<Integer> textLines = new HashSet<>();
        tokens.stream().filter(Token::isText).forEach(t -> textLines.add(t.line()));
        Set<RowSpec> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        found.forEach(rv -> present.add(rv.row())); // the rows found are this table's own RowSpecs
        List<RowValues> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            RowValues rv = found.get(i);
            Map<Integer, List<Token>> orphans = orphanLines(rv, textLines);
            List<RowSpec> missing = missingAfter(rv.row(), i + 1 < found.size() ? found.get(i + 1).row() : null,
                    present);
            if (orphans.isEmpty() || missing.size() != orphans.size()) {
                if (valuesBelow(rv) && orphans.isEmpty() && !missing.isEmpty()
                        && position(missing.get(0)) == position(rv.row()) + 1) {
                    splitOrLost.add(rv.row());
                }
                out.add(rv);
                continue;
            }
            out.add(new RowValues(rv.row(), rv.label(), rv.values().stream()
                    .filter(t -> !orphans.containsKey(t.line())).toList(), rv.header(), rv.width(), rv.headerWidth()));
            int k = 0;
            for (List<Token> line : orphans.values()) {
                Token label = line.stream().filter(t -> t.cell() == rv.label().cell()).findFirst().orElse(line.get(0));
                List<Token> values = line.stream().filter(t -> t.cell() > rv.label().cell()).toList();
                int width = line.stream().mapToInt(t -> t.cell() + 1).max().orElse(0);
                RowSpec row = missing.get(k++);
                out.add(new RowValues(row, label, values, null, width, 0));
                byOrder.add(row);
            }
        }
        return out;
    }

    /** Whether a delimited row's values all stand on one line under its label's. */
    private static boolean valuesBelow(RowValues rv) {
        return rv.delimited() && !rv.values().isEmpty() && rv.values().get(0).line() != rv.label().line()
                && rv.values().stream().allMatch(t -> t.line() == rv.values().get(0).line());
    }

    /**
     * The lines of values under the line that holds a delimited row's own values (its label's line, or the line under
     * a label split off), by line, in order.
     */
    private static Map<Integer, List<Token>> orphanLines(RowValues rv, Set<Integer> textLines) {
        Map<Integer, List<Token>> lines = new java.util.LinkedHashMap<>();
        if (!rv.delimited() || rv.values().isEmpty()) {
            return lines;
        }
        int own = rv.values().get(0).line();
        for (Token t : rv.values()) {
            if (t.line() != own && t.line() != rv.label().line() && !textLines.contains(t.line())) {
                lines.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
            }
        }
        lines.values().removeIf(line -> !line.stream().allMatch(t -> t.layout().provesCells())
                || (line.stream().allMatch(Token::isBlank)
                && line.stream().mapToInt(t -> t.cell() + 1).max().orElse(0) != rv.width()));
        return lines;
    }

    /** The rows of the format between {@code row} and {@code next} (or the end) that were not found. */
    private List<RowSpec> missingAfter(RowSpec row, RowSpec next, Set<RowSpec> present) {
        List<RowSpec> missing = new ArrayList<>();
        int end = next == null ? rows.size() : position(next);
        for (int i = position(row) + 1; i < end; i++) {
            if (!present.contains(rows.get(i))) {
                missing.add(rows.get(i));
            }
        }
        return missing;
    }

    /** Where a row of this table stands in the form (its own RowSpec is found by identity, without deep hashing). */
    private int position(RowSpec row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return rows.indexOf(row);
    }

    private List<CellRef> refs(RowValues rv) {
        List<CellRef> refs = new ArrayList<>();
        for (ColumnSpec column : rv.row().columns()) {
            refs.add(new CellRef(table.key(), rv.row().key(), column.key()));
        }
        return refs;
    }

    /**
     * On a page, a row that prints fewer values than columns is placed by the ruling that crosses it, or else by the
     * header words above the table; both prove where each value and each blank is.
     */
    private java.util.Optional<Placement> provenPlacement(RowValues rv, double[] headerCenters) {
        if (rv.values().size() == rv.columnCount() || rv.delimited()) {
            return java.util.Optional.empty();
        }
        Placement byRuling = RulingColumns.place(rv.values(), rv.label(), rulings, rv.columnCount());
        if (byRuling != null) {
            return java.util.Optional.of(byRuling);
        }
        if (headerCenters != null && rv.columnCount() == headerCenters.length) {
            return java.util.Optional.ofNullable(HeaderColumns.place(rv.values(), headerCenters));
        }
        return java.util.Optional.empty();
    }

    /** Column centres from the header words above the first row, when every row has the same columns (table 三). */
    private static double[] headerCenters(List<Token> header, List<RowValues> found) {
        if (found.isEmpty() || found.stream().map(RowValues::columnCount).distinct().count() != 1) {
            return null;
        }
        List<Token> values = found.stream().flatMap(rv -> rv.values().stream()).toList();
        return HeaderColumns.centers(header, values, found.get(0).columnCount());
    }

    private RowReading reading(RowValues rv, Map<String, Integer> learnedOffsets, Map<Integer, double[]> ratios) {
        int n = rv.columnCount();
        List<Token> values = rv.values();
        List<CellRef> refs = refs(rv);
        if (rv.delimited()) {
            if (values.size() < n && !values.isEmpty()) {
                return AlignedPlacer.shortRow(refs, rv.label(), values);
            }
            int[] offsets = CellWindow.candidateOffsets(values, n);
            if (offsets.length == 0) {
                values = withoutRepeatedSpan(values, n);
                offsets = CellWindow.candidateOffsets(values, n);
            }
            if (offsets.length == 0) {
                return RowReading.proven(refs, rv.label(), values,
                        CellWindow.place(values, n, 0, CellWindow.TOO_MANY_DOUBT));
            }
            if (offsets.length == 1) {
                return RowReading.proven(refs, rv.label(), values, CellWindow.place(values, n, offsets[0], null));
            }
            Integer preferred = learnedOffsets.get(shape(rv));
            if (preferred == null || !contains(offsets, preferred)) {
                preferred = headerOffset(rv);
            }
            if (preferred == null) {
                preferred = soleOffsetOfWidth(learnedOffsets, rv.width());
            }
            return CellWindow.reading(refs, rv.label(), values, offsets,
                    preferred != null && contains(offsets, preferred) ? preferred : null);
        }
        if (values.size() == n) {
            int[] columns = new int[n];
            for (int i = 0; i < n; i++) {
                columns[i] = i;
            }
            return RowReading.proven(refs, rv.label(), values, Placement.certain(columns, n));
        }
        if (values.size() > n) {
            int[] columns = new int[values.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = i < n ? i : -1;
            }
            String[] doubts = new String[n];
            java.util.Arrays.fill(doubts, "此行读到的数值多于列数，可能混入了其他文字中的数字");
            return RowReading.proven(refs, rv.label(), values, new Placement(columns, doubts));
        }
        double[] reference = rv.aligned() ? ratios.get(n) : null;
        return AlignedPlacer.reading(refs, rv.label(), values, reference);
    }

    /**
     * A converter that writes a merged cell's text into every position it covers repeats a row's last value across
     * the cells it spans ({@code | 行政处罚 | 6477 | 6477 | 6477 |}): where the row's values cannot otherwise stand in
     * its columns, the repeats beyond them go.
     */
    static List<Token> withoutRepeatedSpan(List<Token> values, int n) {
        List<Token> out = new ArrayList<>(values);
        while (out.size() > n) {
            Token last = out.get(out.size() - 1);
            Token before = out.get(out.size() - 2);
            if (last.isBlank() || !last.text().equals(before.text()) || last.line() != before.line()
                    || last.cell() != before.cell() + 1) {
                break;
            }
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * The window offset used by delimited rows of the same shape (label in the same cell, grouped or not, as many
     * cells) that have only one possible window; rows of another shape prove nothing about this one.
     */
    private static Map<String, Integer> learnOffsets(List<RowValues> found) {
        Map<String, Map<Integer, Integer>> votes = new HashMap<>();
        for (RowValues rv : found) {
            if (rv.delimited() && rv.values().size() > rv.columnCount()) {
                int[] offsets = CellWindow.candidateOffsets(rv.values(), rv.columnCount());
                if (offsets.length == 1) {
                    votes.computeIfAbsent(shape(rv), k -> new HashMap<>()).merge(offsets[0], 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> learned = new HashMap<>();
        votes.forEach((shape, counts) -> learned.put(shape,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return learned;
    }

    /**
     * Drops blank cells a row has beyond the grid most rows of the table share (an editor's stray empty cell at the
     * end of a row): they are no column of the form.
     */
    private static List<RowValues> trimBeyondGrid(List<RowValues> found) {
        Map<Integer, Integer> counts = new HashMap<>();
        found.stream().filter(RowValues::delimited).forEach(rv -> counts.merge(rv.width(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return found;
        }
        int grid = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < grid)) {
                grid = e.getKey();
                most = e.getValue();
            }
        }
        List<RowValues> out = new ArrayList<>(found.size());
        for (RowValues rv : found) {
            List<Token> values = new ArrayList<>(rv.values());
            while (rv.delimited() && rv.width() > grid && values.size() > rv.columnCount()
                    && values.get(values.size() - 1).isBlank() && values.get(values.size() - 1).cell() >= grid
                    && values.get(values.size() - 1).line() == rv.label().line()) {
                values.remove(values.size() - 1);
            }
            out.add(values.size() == rv.values().size() ? rv
                    : new RowValues(rv.row(), rv.label(), values, rv.header(), grid, rv.headerWidth()));
        }
        return out;
    }

    /** The one offset every learned shape of this line width uses, or null. */
    private static Integer soleOffsetOfWidth(Map<String, Integer> learned, int width) {
        List<Integer> offsets = learned.entrySet().stream().filter(e -> e.getKey().endsWith(":" + width))
                .map(Map.Entry::getValue).distinct().toList();
        return offsets.size() == 1 ? offsets.get(0) : null;
    }

    /**
     * The window offset that puts the row's first value under the header's first column label, if known and if the
     * header's line has as many cells as the row's (where they differ, a merged cell was written differently and
     * the header's cell index says nothing about the row).
     */
    private static Integer headerOffset(RowValues rv) {
        if (rv.headerCell() < 0 || rv.headerWidth() != rv.width()) {
            return null;
        }
        for (int i = 0; i < rv.values().size(); i++) {
            if (rv.values().get(i).cell() == rv.headerCell() && rv.values().get(i).line() == rv.label().line()) {
                return i;
            }
        }
        return null;
    }

    private static boolean contains(int[] offsets, int offset) {
        for (int o : offsets) {
            if (o == offset) {
                return true;
            }
        }
        return false;
    }

    /** Rows of one shape: label in the same cell, grouped or not, and lines of as many cells. */
    private static String shape(RowValues rv) {
        return rv.label().cell() + ":" + (rv.row().group() != null) + ":" + rv.width();
    }

    /**
     * Column positions relative to the last column, per column count: measured on the aligned rows that print every
     * value; failing those (a table with many blanks), assumed evenly spaced from where rows usually start.
     */
    private static Map<Integer, double[]> referenceRatios(List<RowValues> found) {
        Map<Integer, double[]> sums = new HashMap<>();
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, List<Double>> firstRatios = new HashMap<>();
        for (RowValues rv : found) {
            int n = rv.columnCount();
            List<Token> v = rv.values();
            if (!rv.aligned() || n < 2 || v.size() < 2) {
                continue;
            }
            double last = v.get(v.size() - 1).x();
            if (v.size() == n) {
                double[] s = sums.computeIfAbsent(n, k -> new double[n]);
                for (int c = 0; c < n; c++) {
                    s[c] += v.get(c).x() / last;
                }
                counts.merge(n, 1, Integer::sum);
            } else {
                firstRatios.computeIfAbsent(n, k -> new ArrayList<>()).add(v.get(0).x() / last);
            }
        }
        Map<Integer, double[]> ratios = new HashMap<>();
        sums.forEach((n, s) -> {
            double[] r = new double[n];
            for (int c = 0; c < n; c++) {
                r[c] = s[c] / counts.get(n);
            }
            ratios.put(n, r);
        });
        firstRatios.forEach((n, list) -> ratios.computeIfAbsent(n, k -> evenlySpaced(n, median(list))));
        return ratios;
    }

    static double[] evenlySpaced(int n, double first) {
        double[] r = new double[n];
        for (int c = 0; c < n; c++) {
            r[c] = first + (1 - first) * c / (n - 1);
        }
        return r;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    private Set<String> labelTexts() {
        Set<String> texts = new HashSet<>();
        for (RowSpec row : table.rows()) {
            texts.addAll(RowLocator.labels(row));
            if (row.group() != null) {
                texts.add(Labels.normalize(row.group()));
            }
            row.columns().forEach(c -> texts.add(Labels.normalize(c.label())));
        }
        texts.addAll(FormWords.headerWords());
        return texts;
    }
}
