package nianbao.check;

import nianbao.format.Formats;
import nianbao.format.SectionSpec;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Span;
import nianbao.model.Tables;
import nianbao.model.TextBlock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds small reports for the rule tests: a valid 2021-format report whose tables reconcile, and edits of it. */
final class ReportFixtures {
    static final String ORGAN = "江澜市人民政府";
    private static final Span NOWHERE = new Span(0, 0);

    /** Table 三 by row: the six applicant columns then 总计; rows not listed are all 0. */
    private static final Map<String, long[]> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("new_received", new long[]{8, 2, 0, 0, 0, 0, 10});
        REQUESTS.put("carried_over", new long[]{1, 0, 0, 0, 0, 0, 1});
        REQUESTS.put("granted", new long[]{5, 1, 0, 0, 0, 0, 6});
        REQUESTS.put("partially_granted", new long[]{1, 0, 0, 0, 0, 0, 1});
        REQUESTS.put("unable.not_held", new long[]{1, 1, 0, 0, 0, 0, 2});
        REQUESTS.put("total", new long[]{7, 2, 0, 0, 0, 0, 9});
        REQUESTS.put("carried_forward", new long[]{2, 0, 0, 0, 0, 0, 2});
    }

    /** The running text, cut across blocks mid-word as extraction does; it agrees with the tables. */
    static final List<String> NARRATIVE = List.of(
            "（二）依申请公开方面", "2021年共收", "到政府信息公开申请10件，上年结转1件，办结9件，结转下年度继续办理2件。",
            "全年新制发行政规范性文件2件。", "因政府信息公开被申请行政复议2件，被提起行政诉讼1件。");

    private ReportFixtures() {
    }

    /** A 2021 report of a city government, in the 2021 format, with all six sections and tables that reconcile. */
    static Report valid2021() {
        Tables.Builder b = Tables.builder();
        put(b, Formats.ACTIVE, "rules", "issued", 0);
        put(b, Formats.ACTIVE, "rules", "repealed", 0);
        put(b, Formats.ACTIVE, "rules", "in_force", 0);
        put(b, Formats.ACTIVE, "normative_documents", "issued", 2);
        put(b, Formats.ACTIVE, "normative_documents", "repealed", 1);
        put(b, Formats.ACTIVE, "normative_documents", "in_force", 15);
        put(b, Formats.ACTIVE, "licensing", "decisions", 120);
        put(b, Formats.ACTIVE, "penalty", "decisions", 30);
        put(b, Formats.ACTIVE, "coercion", "decisions", 0);
        b.put(Cell.number(ref(Formats.ACTIVE, "fees", "amount"), "1.2345", new BigDecimal("1.2345"), null));
        List<String> columns = new ArrayList<>(Formats.APPLICANT_COLUMNS);
        columns.add(Formats.TOTAL);
        Formats.v2021().table(Formats.REQUESTS).rows().forEach(row -> {
            long[] values = REQUESTS.getOrDefault(row.key(), new long[7]);
            for (int i = 0; i < columns.size(); i++) {
                put(b, Formats.REQUESTS, row.key(), columns.get(i), values[i]);
            }
        });
        putReview(b, "review", 1, 0, 0, 1, 2);
        putReview(b, "litigation_direct", 0, 1, 0, 0, 1);
        putReview(b, "litigation_after_review", 0, 0, 0, 0, 0);
        // the text: each section's heading, then its lines (the narrative under 一, a remark under 五, the fee under 六)
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        List<TextBlock> narrative = new ArrayList<>();
        for (SectionSpec spec : Formats.v2021().sections()) {
            sections.add(new Section(spec.number(), spec.canonicalHeading(), line(text, spec.canonicalHeading()), true));
            List<String> lines = switch (spec.number()) {
                case 1 -> NARRATIVE;
                case 5 -> List.of("部分栏目信息更新不够及时，下一步将按月督促更新。");
                case 6 -> List.of("本年度未收取信息处理费。");
                default -> List.of();
            };
            for (String line : lines) {
                narrative.add(new TextBlock(line, line(text, line)));
            }
        }
        return new Report("fixture.txt", "txt", ORGAN, 2021, FormatVersion.V2021, b.build(), sections,
                narrative, List.of(), text.toString());
    }

    /** Appends a line to the text and returns where it is. */
    private static Span line(StringBuilder text, String line) {
        int start = text.length();
        text.append(line).append('\n');
        return new Span(start, start + line.length());
    }

    static CellRef ref(String table, String row, String column) {
        return new CellRef(table, row, column);
    }

    static Report withNumber(Report report, String table, String row, String column, String number) {
        CellRef ref = ref(table, row, column);
        return report.withTables(report.tables().with(Cell.number(ref, number, new BigDecimal(number), null)));
    }

    static Report withNumber(Report report, String table, String row, String column, long number) {
        return withNumber(report, table, row, column, Long.toString(number));
    }

    static Report withBlank(Report report, String table, String row, String column) {
        return report.withTables(report.tables().with(Cell.blank(ref(table, row, column), "", null)));
    }

    static Report withText(Report report, String table, String row, String column, String text) {
        return report.withTables(report.tables().with(Cell.text(ref(table, row, column), text, null)));
    }

    static Report withCell(Report report, Cell cell) {
        return report.withTables(report.tables().with(cell));
    }

    /** A copy without the cells that {@code drop} selects (a whole row, a whole table…). */
    static Report without(Report report, Predicate<CellRef> drop) {
        Tables.Builder b = Tables.builder();
        for (Cell cell : report.tables().cells()) {
            if (!drop.test(cell.ref())) {
                b.put(cell);
            }
        }
        return report.withTables(b.build());
    }

    static Report withoutRow(Report report, String table, String row) {
        return without(report, r -> r.table().equals(table) && r.row().equals(row));
    }

    static Report withNarrative(Report report, String... blocks) {
        return new Report(report.file(), report.sourceFormat(), report.organ(), report.year(), report.template(),
                report.tables(), report.sections(), blocks(Arrays.asList(blocks)), report.formatMarkers(),
                report.text());
    }

    static Report withSections(Report report, List<Section> sections) {
        return new Report(report.file(), report.sourceFormat(), report.organ(), report.year(), report.template(),
                report.tables(), sections, report.narrative(), report.formatMarkers(), report.text());
    }

    static Report withOrgan(Report report, String organ) {
        return new Report(report.file(), report.sourceFormat(), organ, report.year(), report.template(),
                report.tables(), report.sections(), report.narrative(), report.formatMarkers(), report.text());
    }

    static Report withFormat(Report report, Integer year, FormatVersion template, List<String> markers) {
        return new Report(report.file(), report.sourceFormat(), report.organ(), year, template, report.tables(),
                report.sections(), report.narrative(), markers, report.text());
    }

    static Section section(int number, String heading, boolean canonical) {
        return new Section(number, heading, NOWHERE, canonical);
    }

    /** Runs one rule alone. */
    static List<Finding> run(Rule rule, Report report) {
        List<Finding> out = new ArrayList<>();
        rule.check(report, out);
        return out;
    }

    private static List<TextBlock> blocks(List<String> texts) {
        return texts.stream().map(t -> new TextBlock(t, NOWHERE)).toList();
    }

    private static void put(Tables.Builder b, String table, String row, String column, long value) {
        b.put(Cell.number(ref(table, row, column), Long.toString(value), BigDecimal.valueOf(value), null));
    }

    private static void putReview(Tables.Builder b, String row, long... values) {
        List<String> columns = new ArrayList<>(Formats.REVIEW_PARTS);
        columns.add(Formats.TOTAL);
        for (int i = 0; i < columns.size(); i++) {
            put(b, Formats.REVIEW_LITIGATION, row, columns.get(i), values[i]);
        }
    }
}
