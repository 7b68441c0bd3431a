package nianbao.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nianbao.extract.Extractors;
import nianbao.extract.SourceCell;
import nianbao.extract.SourceDocument;
import nianbao.extract.SourceLine;
import nianbao.extract.SourceWord;
import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.parse.ReportParser;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No silent wrong value, as a property over every corpus document: perturb what the document's layout proves — drop
 * a blank cell, merge two neighbouring cells, remove the column boundaries of a line, or of every line (the text as
 * copied without layout: single spaces, blank cells gone) — and every
 * value that then comes out different from the expected file must carry a warning: uncertain, not a number, or in a
 * row reported missing. A value the sums "inferred" wrongly counts as silent.
 */
class NoSilentWrongValueTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Perturbed variants per document and kind, each touching one line of the tables. */
    private static final int VARIANTS = Integer.getInteger("perturb.variants", 8);

    enum Perturbation { DROP_BLANK, MERGE_CELLS, NO_BOUNDARIES, NO_BOUNDARIES_ANYWHERE }

    static Stream<Named<Path>> documents() {
        return Corpus.documents().stream().map(p -> Named.of(Corpus.label(p), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyWrongValueIsFlagged(Path document) throws Exception {
        JsonNode expected = MAPPER.readTree(Corpus.expectedFor(document).toFile()).path("tables");
        SourceDocument doc = Extractors.read(document);
        List<String> silent = new ArrayList<>();
        int variants = 0;
        for (Perturbation kind : Perturbation.values()) {
            for (int v = 0; v < (kind == Perturbation.NO_BOUNDARIES_ANYWHERE ? 1 : VARIANTS); v++) {
                Random rnd = new Random(Corpus.label(document).hashCode() * 31L + kind.ordinal() * 1000L + v);
                SourceDocument perturbed = perturb(doc, kind, rnd);
                if (perturbed == null) {
                    break;
                }
                variants++;
                Report report = new ReportParser().parse(perturbed, document.toString());
                for (String problem : silentlyWrong(expected, report)) {
                    silent.add(kind + " #" + v + ": " + problem);
                }
            }
        }
        assertThat(silent).withFailMessage(() -> Corpus.label(document) + ": " + silent.size()
                + " wrong value(s) without a warning over the perturbed variants:\n  "
                + String.join("\n  ", silent.subList(0, Math.min(30, silent.size())))).isEmpty();
        boolean printsLayout = doc.lines().stream().anyMatch(l -> !l.cells().isEmpty() || !l.words().isEmpty()
                || l.text().indexOf('\t') >= 0 || l.text().strip().contains("  "));
        assertThat(variants).as("perturbed variants of " + Corpus.label(document)
                + " (only single-spaced text has no layout to perturb)").isEqualTo(printsLayout ? variants : 0);
        if (printsLayout) {
            assertThat(variants).as("perturbed variants of " + Corpus.label(document)).isPositive();
        }
    }

    /** Every expected cell that came out different and carries no warning. */
    static List<String> silentlyWrong(JsonNode expected, Report report) {
        List<String> problems = new ArrayList<>();
        forEachExpectedCell(expected, report, (name, want, got) -> {
            if (got == null || got.uncertain() || got.isText() || same(want, got)) {
                return;
            }
            problems.add(name + ": expected " + want + ", read "
                    + (got.isBlank() ? "blank" : "\"" + got.raw() + "\"")
                    + (got.inferred() ? " (inferred by the sums)" : ""));
        });
        return problems;
    }

    /** Sees one cell of an expected file: its name (table.row.column), the expected value and the cell read. */
    interface ExpectedCell {
        void see(String name, JsonNode want, Cell got);
    }

    /** Every cell of an expected file's tables with what the report read there (null when it has no such cell). */
    static void forEachExpectedCell(JsonNode expected, Report report, ExpectedCell visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> tables = expected.fields(); tables.hasNext(); ) {
            Map.Entry<String, JsonNode> table = tables.next();
            for (Iterator<Map.Entry<String, JsonNode>> rows = table.getValue().fields(); rows.hasNext(); ) {
                Map.Entry<String, JsonNode> row = rows.next();
                for (Iterator<Map.Entry<String, JsonNode>> cols = row.getValue().fields(); cols.hasNext(); ) {
                    Map.Entry<String, JsonNode> col = cols.next();
                    Cell got = report.tables() == null ? null
                            : report.tables().cell(table.getKey(), row.getKey(), col.getKey());
                    visitor.see(table.getKey() + "." + row.getKey() + "." + col.getKey(), col.getValue(), got);
                }
            }
        }
    }

    static boolean same(JsonNode want, Cell got) {
        if (want.isNull()) {
            return got.isBlank();
        }
        if (want.isNumber()) {
            return got.isNumber() && got.number().compareTo(new BigDecimal(want.asText())) == 0;
        }
        return got.raw() != null && got.raw().replaceAll("\\s", "").equals(want.asText().replaceAll("\\s", ""));
    }

    /** The document with one table line perturbed (every line for NO_BOUNDARIES_ANYWHERE), or null if none can be. */
    static SourceDocument perturb(SourceDocument doc, Perturbation kind, Random rnd) {
        List<SourceLine> lines = new ArrayList<>(doc.lines());
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (perturbLine(lines.get(i), kind == Perturbation.NO_BOUNDARIES_ANYWHERE ? Perturbation.NO_BOUNDARIES
                    : kind, new Random(0)) != null) {
                eligible.add(i);
            }
        }
        if (eligible.isEmpty()) {
            return null;
        }
        List<Integer> targets = kind == Perturbation.NO_BOUNDARIES_ANYWHERE ? eligible
                : List.of(eligible.get(rnd.nextInt(eligible.size())));
        for (int i : targets) {
            lines.set(i, perturbLine(lines.get(i), kind == Perturbation.NO_BOUNDARIES_ANYWHERE
                    ? Perturbation.NO_BOUNDARIES : kind, rnd));
        }
        return new SourceDocument(doc.format(), doc.text(), lines, doc.rulings());
    }

    /** One line perturbed, or null when the line has nothing of that kind (only lines with a digit are touched). */
    private static SourceLine perturbLine(SourceLine line, Perturbation kind, Random rnd) {
        if (line.text().chars().noneMatch(Character::isDigit)) {
            return null;
        }
        if (!line.cells().isEmpty()) {
            return perturbCells(line, kind, rnd);
        }
        if (!line.words().isEmpty()) {
            return perturbWords(line, kind, rnd);
        }
        if (line.text().indexOf('\t') >= 0) {
            return perturbTabs(line, kind, rnd);
        }
        boolean aligned = line.text().strip().contains("  ");
        return aligned && kind == Perturbation.NO_BOUNDARIES ? withoutLayout(line) : null;
    }

    private static SourceLine perturbCells(SourceLine line, Perturbation kind, Random rnd) {
        List<SourceCell> cells = new ArrayList<>(line.cells());
        switch (kind) {
            case DROP_BLANK -> {
                List<Integer> blanks = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).merged() && cells.get(c).length() == 0) {
                        blanks.add(c);
                    }
                }
                if (blanks.isEmpty()) {
                    return null;
                }
                cells.remove((int) blanks.get(rnd.nextInt(blanks.size())));
            }
            case MERGE_CELLS -> {
                List<Integer> pairs = new ArrayList<>();
                for (int c = 0; c + 1 < cells.size(); c++) {
                    if (!cells.get(c).merged() && !cells.get(c + 1).merged()
                            && cells.get(c).length() + cells.get(c + 1).length() > 0) {
                        pairs.add(c);
                    }
                }
                if (pairs.isEmpty()) {
                    return null;
                }
                int c = pairs.get(rnd.nextInt(pairs.size()));
                SourceCell a = cells.get(c);
                SourceCell b = cells.remove(c + 1);
                cells.set(c, new SourceCell(a.offset(), b.offset() + b.length() - a.offset(), false));
            }
            default -> {
                return withoutLayout(line);
            }
        }
        return new SourceLine(line.index(), line.start(), line.text(), line.words(), cells);
    }

    private static SourceLine perturbWords(SourceLine line, Perturbation kind, Random rnd) {
        List<SourceWord> words = new ArrayList<>(line.words());
        switch (kind) {
            case MERGE_CELLS -> {
                if (words.size() < 2) {
                    return null;
                }
                int w = rnd.nextInt(words.size() - 1);
                SourceWord a = words.get(w);
                SourceWord b = words.remove(w + 1);
                String text = line.text().substring(a.offset(), b.offset() + b.text().length());
                Box box = new Box(a.box().page(), a.box().x(), Math.min(a.box().y(), b.box().y()),
                        b.box().x() + b.box().width() - a.box().x(), Math.max(a.box().height(), b.box().height()));
                words.set(w, new SourceWord(text, a.offset(), box));
                return new SourceLine(line.index(), line.start(), line.text(), words, line.cells());
            }
            case NO_BOUNDARIES -> {
                return withoutLayout(line);
            }
            default -> {
                return null;
            }
        }
    }

    private static SourceLine perturbTabs(SourceLine line, Perturbation kind, Random rnd) {
        String text = line.text();
        switch (kind) {
            case DROP_BLANK -> {
                int at = text.indexOf("\t\t", rnd.nextInt(Math.max(1, text.length())));
                if (at < 0) {
                    at = text.indexOf("\t\t");
                }
                return at < 0 ? null : new SourceLine(line.index(), line.start(),
                        text.substring(0, at) + text.substring(at + 1));
            }
            case MERGE_CELLS -> {
                List<Integer> tabs = new ArrayList<>();
                for (int i = 1; i + 1 < text.length(); i++) {
                    if (text.charAt(i) == '\t' && text.charAt(i - 1) != '\t' && text.charAt(i + 1) != '\t') {
                        tabs.add(i);
                    }
                }
                if (tabs.isEmpty()) {
                    return null;
                }
                int at = tabs.get(rnd.nextInt(tabs.size()));
                return new SourceLine(line.index(), line.start(), text.substring(0, at) + " " + text.substring(at + 1));
            }
            default -> {
                return withoutLayout(line);
            }
        }
    }

    /** The line as text copied without layout: its cells or words separated by single spaces, blanks gone. */
    private static SourceLine withoutLayout(SourceLine line) {
        return new SourceLine(line.index(), line.start(), line.text().strip().replaceAll("[\\s\u00a0\u3000]+", " "));
    }
}
