package nianbao.format;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The printed words of the official tables besides row and column labels: the 信息内容 header of table 二, table 三's
 * header note and column groups, the words real reports print in a header instead of the form's own, and the short
 * titles of the tables. Parse reads them to tell a header from a row; the window and the exports print them.
 */
public final class FormWords {
    /** First header cell of every block of table 二. */
    public static final String CONTENT = "信息内容";
    /** The note in the top-left header cell of table 三 (verbatim in the format). */
    public static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    /** The form's own sentences outside the tables (the template's placeholders), which no report writes itself. */
    private static final List<String> FORM_SENTENCES = List.of("（文字描述）", "（文字描述，收取信息处理费情况在此处报告。）");

    /** The header over all applicant columns of table 三. */
    public static final String APPLICANTS = "申请人情况";
    /** The header over the five organisation columns of table 三. */
    public static final String ORGANISATIONS = "法人或其他组织";
    /** Table 三's columns printed under {@link #ORGANISATIONS}: the applicant columns after 自然人. */
    public static final List<String> ORGANISATION_COLUMNS =
            Formats.APPLICANT_COLUMNS.subList(1, Formats.APPLICANT_COLUMNS.size());

    /** Header words that real reports print in place of (or beside) the form's own. */
    private static final List<String> PRINTED_VARIANTS = List.of("其他", "本年度办理结果",
            "本年收费金额（单位：万元，保留4位小数）", "单位：万元");

    private static final Map<String, String> SHORT_TITLES = Map.of(
            Formats.ACTIVE, "二、主动公开",
            Formats.REQUESTS, "三、依申请",
            Formats.REVIEW_LITIGATION, "四、复议诉讼");

    private FormWords() {
    }

    /**
     * Whether a sentence of the running text is the form's own rather than the organ's: table 三's 勾稽关系 note or a
     * placeholder of the template; a repetition rate leaves these out.
     */
    public static boolean isFormSentence(String sentence) {
        String s = Labels.normalize(sentence);
        if (s.contains("勾稽关系")) {
            return true;
        }
        for (String fixed : FORM_SENTENCES) {
            if (s.equals(Labels.normalize(fixed))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words of which each statistics table prints one in its header, whichever format: 信息内容 (二), 申请人情况 (三) and
     * the first row of table 四 (行政复议). A web page's report is found where they are.
     */
    public static List<String> tableMarks() {
        return List.of(CONTENT, APPLICANTS, Formats.v2021().table(Formats.REVIEW_LITIGATION).rows().get(0).label());
    }

    /** The titles of the six sections and their printed variants, in every format (总体情况, 主动公开政府信息情况, …). */
    public static List<String> sectionTitles() {
        return Stream.of(Formats.v2021(), Formats.v2019()).flatMap(f -> f.sections().stream())
                .flatMap(s -> Stream.concat(Stream.of(s.title()), s.variants().stream())).distinct().toList();
    }

    /** A short title of a table, used as a sheet name: 二、主动公开, 三、依申请, 四、复议诉讼; the key otherwise. */
    public static String shortTitle(String table) {
        return SHORT_TITLES.getOrDefault(table, table);
    }

    /**
     * Every word either format prints in a table header, normalised ({@link Labels#normalize}): the header cells of
     * the official grids, every column label and the printed variants.
     */
    public static Set<String> headerWords() {
        return HeaderWords.ALL;
    }

    /** Collected on first use, not when the class is initialised: the grids it reads need this class's words. */
    private static final class HeaderWords {
        static final Set<String> ALL = collectHeaderWords();
    }

    private static Set<String> collectHeaderWords() {
        Set<String> words = new HashSet<>();
        for (FormatSpec format : List.of(Formats.v2021(), Formats.v2019())) {
            for (TableSpec table : format.tables()) {
                Set<String> rowWords = new HashSet<>();
                table.rows().forEach(r -> {
                    rowWords.add(r.label());
                    rowWords.add(r.group());
                });
                FormGrids.of(table).cells().stream()
                        .filter(c -> c.role() == GridCell.Role.HEADER || c.role() == GridCell.Role.NOTE)
                        .filter(c -> !rowWords.contains(c.text()))
                        .forEach(c -> words.add(Labels.normalize(c.text())));
                table.rows().stream().flatMap(r -> r.columns().stream())
                        .forEach(c -> words.add(Labels.normalize(c.label())));
            }
        }
        Stream.concat(PRINTED_VARIANTS.stream(), Stream.of(CONTENT, APPLICANTS, ORGANISATIONS, REQUESTS_NOTE))
                .forEach(w -> words.add(Labels.normalize(w)));
        return Set.copyOf(words);
    }
}
