package nianbao.parse;

import nianbao.extract.Ruling;
import nianbao.extract.SourceDocument;
import nianbao.extract.SourceLine;
import nianbao.format.FormatSpec;
import nianbao.format.Formats;
import nianbao.format.Identities;
import nianbao.format.Labels;
import nianbao.format.RowSpec;
import nianbao.format.TableSpec;
import nianbao.model.BadInputException;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Tables;
import nianbao.model.TextBlock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a source document into a Report: finds the six sections, reads the three tables under the canonical keys
 * (rows by label, table 四 by position), decides which national format the tables follow, and reads the organ and
 * year. Everything outside the tables is kept as narrative for the narrative checks.
 */
public final class ReportParser {

    /**
     * Whether the text speaks of the form's tables (a report whose tables could not be read does; a README, a news
     * item or data does not): then it is a report that failed, not a file that is no report.
     */
    private static boolean mentionsTheTables(String text) {
        String bare = text.replaceAll("\\s", "");
        return TABLE_WORDS.stream().anyMatch(bare::contains);
    }

    private static final List<String> TABLE_WORDS = List.of("本年新收", "上年结转", "主动公开政府信息", "第二十条",
            "行政复议", "申请人情况");

    private static final int OPENING = 10;
    /** The first of the 2021 rows that the 2019 format prints as one row: （六）其他处理 1.申请人无正当理由逾期…. */
    private static final RowSpec FIRST_SUB_ROW = firstSubRow();
    /** Their group (（六）其他处理) and the opening words of the first, without its number, normalised. */
    private static final String SUB_ROW_GROUP = Labels.normalize(FIRST_SUB_ROW.group());
    private static final String SUB_ROW_WORDS = openingWords(Labels.normalize(FIRST_SUB_ROW.label()));
    /** Table 二 rows whose 2019 label is a shorter form of the 2021 one (规范性文件 for 行政规范性文件). */
    private static final List<ShortLabel> SHORT_LABELS = shortLabels();

    /** A 2019 label (printed, normalised) and the 2021 label it shortens (normalised). */
    private record ShortLabel(String printed, String bare, String full) {
    }

    public Report parse(SourceDocument doc, String file) throws BadInputException {
        List<SourceLine> lines = doc.lines();
        ReportLayout layout = ReportLayout.of(lines, SectionLocator.locate(lines, Formats.v2021()));
        Tables.Builder tables = Tables.builder();
        List<String> markers = new ArrayList<>();

        List<Token> activeTokens = Tokenizer.tokenize(layout.tableLines(2));
        FormatVersion version = detectVersion(activeTokens, markers);
        FormatSpec format = Formats.of(version);
        List<Ruling> rulings = doc.rulings();
        List<RowReading> readings = new ArrayList<>(readActive(format.table(Formats.ACTIVE), activeTokens, markers,
                rulings));
        List<Token> requestTokens = Tokenizer.tokenize(layout.tableLines(3));
        boolean singleOther = singleOtherRow(requestTokens);
        if (singleOther) {
            markers.add(FIRST_SUB_ROW.group() + "（单行）");
        }
        readings.addAll(new LabelTableReader(Formats.v2021().table(Formats.REQUESTS),
                Identities.requestRows(singleOther), rulings).read(requestTokens));
        int rowsFound = readings.size();
        RowReading table4 = new PositionTableReader(format.table(Formats.REVIEW_LITIGATION), rulings)
                .read(Tokenizer.tokenize(layout.tableLines(4)));
        if (table4 != null) {
            readings.add(table4);
        }
        if (rowsFound == 0 && table4 == null) {
            if (layout.sections().size() < 2 && !mentionsTheTables(doc.text())) {
                throw new nianbao.model.NotAReportException("没有年度报告的标题、章节或统计表格，不是政府信息公开工作年度报告",
                        "no title, sections or statistics tables of an annual report: not a report");
            }
            throw new BadInputException("未找到政府信息公开工作年度报告的统计表格，此文件可能不是年度报告",
                    "no statistics tables found: this does not look like a government information disclosure annual report");
        }
        tables.table(Formats.ACTIVE).table(Formats.REQUESTS);
        List<PlacementSolver.Outcome> outcomes = PlacementSolver.solve(readings, Identities.of(version, singleOther));
        for (int i = 0; i < readings.size(); i++) {
            RowWriter.write(readings.get(i), outcomes.get(i), tables);
        }
        TitleReader.Title title = TitleReader.read(lines, layout.headingLines());
        List<Section> sections = layout.sections();
        List<TextBlock> narrative = layout.narrative();
        OcrCertainty ocr = OcrCertainty.of(doc);
        return new Report(file, doc.format(), title.organ(), title.year(), version, ocr.mark(tables.build()),
                sections, narrative, markers, doc.text(), ocr.isOcr());
    }

    private static FormatVersion detectVersion(List<Token> activeTokens, List<String> markers) {
        String text = new LabelStream(activeTokens).text();
        for (String fingerprint : Formats.v2019().fingerprints()) {
            if (text.contains(Labels.normalize(fingerprint))) {
                markers.add(fingerprint);
            }
        }
        return markers.isEmpty() ? FormatVersion.V2021 : FormatVersion.V2019;
    }

    private static List<RowReading> readActive(TableSpec active, List<Token> tokens, List<String> markers,
                                               List<Ruling> rulings) {
        List<RowReading> rows = new LabelTableReader(active, active.rows(), rulings).read(tokens);
        if (active == Formats.v2021().table(Formats.ACTIVE)) {
            String stream = new LabelStream(tokens).text();
            for (ShortLabel label : SHORT_LABELS) {
                if (stream.contains(label.bare()) && !stream.contains(label.full())) {
                    markers.add(label.printed());
                }
            }
        }
        return rows;
    }

    /** Whether table 三 prints the 2019 format's single （六）其他处理 row instead of the 2021 sub-rows. */
    private static boolean singleOtherRow(List<Token> tokens) {
        String stream = new LabelStream(tokens).text();
        return !stream.contains(SUB_ROW_WORDS) && stream.contains(SUB_ROW_GROUP);
    }

    private static String openingWords(String label) {
        String words = label.replaceFirst("^\\d+\\.", "");
        return words.substring(0, Math.min(OPENING, words.length()));
    }

    private static List<ShortLabel> shortLabels() {
        List<ShortLabel> out = new ArrayList<>();
        for (RowSpec row : Formats.v2021().table(Formats.ACTIVE).rows()) {
            RowSpec old = Formats.v2019().table(Formats.ACTIVE).row(row.key());
            String full = Labels.normalize(row.label());
            String bare = old == null ? full : Labels.normalize(old.label());
            if (!bare.equals(full) && full.contains(bare)) {
                out.add(new ShortLabel(old.label(), bare, full));
            }
        }
        return List.copyOf(out);
    }

    private static RowSpec firstSubRow() {
        TableSpec old = Formats.v2019().table(Formats.REQUESTS);
        return Formats.v2021().table(Formats.REQUESTS).rows().stream().filter(r -> old.row(r.key()) == null)
                .findFirst().orElseThrow();
    }

    /** Which lines belong to which section, chosen among repeated headings. */
    private record ReportLayout(List<SectionLocator.Hit> chosen, List<SourceLine> lines) {
        static ReportLayout of(List<SourceLine> lines, List<SectionLocator.Hit> hits) {
            List<SectionLocator.Hit> chosen = new ArrayList<>();
            for (int number = 1; number <= 6; number++) {
                SectionLocator.Hit best = null;
                int bestScore = -1;
                for (SectionLocator.Hit hit : hits) {
                    if (hit.spec().number() != number) {
                        continue;
                    }
                    int score = number >= 2 && number <= 4 ? digitLines(lines, hit.line(), nextHeading(hits, hit)) : 0;
                    if (score > bestScore) {
                        best = hit;
                        bestScore = score;
                    }
                }
                if (best != null) {
                    chosen.add(best);
                }
            }
            chosen.sort(java.util.Comparator.comparingInt(SectionLocator.Hit::line));
            return new ReportLayout(chosen, lines);
        }

        private static int nextHeading(List<SectionLocator.Hit> hits, SectionLocator.Hit hit) {
            return hits.stream().mapToInt(SectionLocator.Hit::line).filter(l -> l > hit.line()).min()
                    .orElse(Integer.MAX_VALUE);
        }

        private static int digitLines(List<SourceLine> lines, int from, int to) {
            int count = 0;
            for (int i = from + 1; i < Math.min(to, lines.size()); i++) {
                if (lines.get(i).text().chars().anyMatch(Character::isDigit)) {
                    count++;
                }
            }
            return count;
        }

        /** The lines of a table section: from its heading to the next chosen heading. */
        List<SourceLine> tableLines(int number) {
            for (int i = 0; i < chosen.size(); i++) {
                if (chosen.get(i).spec().number() == number) {
                    int end = i + 1 < chosen.size() ? chosen.get(i + 1).line() : lines.size();
                    return lines.subList(chosen.get(i).line() + 1, end);
                }
            }
            return List.of();
        }

        Set<Integer> headingLines() {
            Set<Integer> set = new HashSet<>();
            chosen.forEach(h -> set.add(h.line()));
            return set;
        }

        List<Section> sections() {
            return chosen.stream().map(SectionLocator.Hit::section).toList();
        }

        /** Every line outside the three table sections, as running text. */
        List<TextBlock> narrative() {
            Set<Integer> tableLines = new HashSet<>();
            for (int number = 2; number <= 4; number++) {
                tableLines(number).forEach(l -> tableLines.add(l.index()));
            }
            List<TextBlock> blocks = new ArrayList<>();
            for (SourceLine line : lines) {
                if (!tableLines.contains(line.index()) && !line.text().isBlank()) {
                    blocks.add(new TextBlock(line.text(), new nianbao.model.Span(line.start(), line.end())));
                }
            }
            return blocks;
        }
    }
}
