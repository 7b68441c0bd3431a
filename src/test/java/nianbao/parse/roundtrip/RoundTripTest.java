package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.model.Cell;
import nianbao.model.Report;
import nianbao.parse.ReportParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Writes random valid tables in every seed layout, parses the text back and expects every cell unchanged and, where
 * the layout proves placement (or the row is full), not marked uncertain. Narrow it with -Droundtrip.seed=N,
 * -Droundtrip.layout=Name, -Droundtrip.seeds=N (default 50).
 */
class RoundTripTest {

    static Stream<Arguments> cases() {
        Long only = Long.getLong("roundtrip.seed");
        String layout = System.getProperty("roundtrip.layout");
        LongStream seeds = only != null ? LongStream.of(only)
                : LongStream.rangeClosed(1, Integer.getInteger("roundtrip.seeds", 50));
        return seeds.boxed().flatMap(seed -> LayoutWriter.all().stream()
                .filter(l -> layout == null || l.name().equals(layout))
                .map(l -> Arguments.of(seed, l.name())));
    }

    @ParameterizedTest(name = "seed {0} {1}")
    @MethodSource("cases")
    void everyCellComesBack(long seed, String layoutName) throws java.io.IOException {
        RoundTripCase c = RoundTripCase.of(seed, RoundTripCase.layout(layoutName));
        String dump = System.getProperty("roundtrip.dump");
        if (dump != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dump, "seed" + seed + "-" + layoutName + ".txt"),
                    c.text());
        }
        Report report;
        try {
            report = new ReportParser().parse(RoundTripCase.read(c.text()), "roundtrip");
        } catch (Exception | Error e) {
            throw new AssertionError("parse failed: " + e + "\n" + c.describe(), e);
        }
        List<String> problems = compare(c.report().tables(), report, c.layout().provesBlanks(),
                c.layout().losesBlanks());
        if (!problems.isEmpty()) {
            fail(problems.size() + " cell(s) differ:\n  " + String.join("\n  ", problems.subList(0,
                    Math.min(40, problems.size()))) + "\n" + c.describe() + excerpts(c, problems));
        }
    }

    /** The generated lines of each row that failed (label line and 3 more), or of the whole of table 四. */
    private static String excerpts(RoundTripCase c, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        problems.stream().map(p -> p.substring(0, p.lastIndexOf('.', p.indexOf(':'))))
                .map(ref -> ref.startsWith(Formats.REVIEW_LITIGATION) ? Formats.REVIEW_LITIGATION : ref)
                .distinct().limit(5).forEach(ref -> {
                    sb.append("---- around ").append(ref).append(" ----\n");
                    if (ref.equals(Formats.REVIEW_LITIGATION)) {
                        sb.append(c.excerpt(ReportText.heading(4), ReportText.heading(5), 0));
                    } else {
                        String table = ref.substring(0, ref.indexOf('.'));
                        String rowKey = ref.substring(table.length() + 1);
                        nianbao.format.RowSpec spec = Formats.v2021().table(table).row(rowKey);
                        String label = (spec != null ? spec : Formats.v2019().table(table).row(rowKey)).label();
                        sb.append(c.excerpt(label, "\u0000", 2).lines().limit(6)
                                .map(l -> l + "\n").reduce("", String::concat));
                    }
                });
        return sb.toString();
    }

    /**
     * One line per generated cell that did not come back as written; where the layout loses blank cells, a wrong
     * value is a problem only when it is not flagged uncertain.
     */
    static List<String> compare(TableValues expected, Report report, boolean layoutProvesPlacement,
                                boolean wrongMayBeFlagged) {
        List<String> problems = new ArrayList<>();
        boolean fullLine = expected.reviewLine().stream().noneMatch(String::isEmpty);
        expected.tables().forEach((table, rows) -> rows.forEach((row, cols) -> {
            boolean printedInFull = cols.values().stream().noneMatch(String::isEmpty);
            boolean fullRow = table.equals(Formats.REVIEW_LITIGATION) && wrongMayBeFlagged ? fullLine : printedInFull;
            cols.forEach((column, want) -> {
                String where = table + "." + row + "." + column + ": ";
                Cell got = report.tables() == null ? null : report.tables().cell(table, row, column);
                if (got == null) {
                    problems.add(where + "missing, expected " + show(want));
                    return;
                }
                String mismatch = mismatch(table, row, column, want, got);
                if (mismatch != null && !(wrongMayBeFlagged && got.uncertain())) {
                    problems.add(where + mismatch);
                }
                if (got.uncertain() && (layoutProvesPlacement || fullRow)) {
                    problems.add(where + "marked uncertain (" + got.uncertainty() + ") though its place is provable");
                }
            });
        }));
        return problems;
    }

    private static String mismatch(String table, String row, String column, String want, Cell got) {
        String seen = "got " + got.kind() + " raw=" + show(got.raw());
        if (want.isEmpty()) {
            return got.isBlank() ? null : "expected blank, " + seen;
        }
        if (table.equals(Formats.ACTIVE) && (row.equals("fees") || !want.matches("-?[\\d.]+"))) {
            return got.raw() != null && squeeze(got.raw()).equals(want) ? null : "expected raw " + show(want) + ", " + seen;
        }
        boolean same = got.isNumber() && got.number() != null && got.number().compareTo(new BigDecimal(want)) == 0;
        return same ? null : "expected " + want + ", " + seen + (got.isNumber() ? " number=" + got.number() : "");
    }

    private static String squeeze(String raw) {
        StringBuilder sb = new StringBuilder();
        raw.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String show(String s) {
        return s == null ? "null" : s.isEmpty() ? "(blank)" : "\"" + s + "\"";
    }
}
