package nianbao.check;

import nianbao.check.NarrativeClaims.Claim;
import nianbao.check.NarrativeClaims.Kind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of one normalised sentence, found backwards from each number of 件 (and from each 行政复议 / 行政诉讼 to a
 * negation before it), by position.
 */
final class SentenceClaims {
    /**
     * The words before a number of 件 that say what it counts: keyword, then a gap (group 1) up to the number; the
     * pattern is only tried when one of the cue characters occurs before the number.
     */
    private record Head(Kind kind, Pattern pattern, String cues) {
        Head(Kind kind, String keyword, int maxGap, String cues) {
            this(kind, Pattern.compile(keyword + "(" + GAP + "{0," + maxGap + "})$"), cues);
        }

        boolean cued(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (cues.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String GAP = "[^0-9,;:。!?]";
    static final char PIECE = '件';
    /** Longest stretch before a number searched for a keyword. */
    private static final int WINDOW = 40;

    private static final List<Head> HEADS = List.of(
            new Head(Kind.REVIEW, "(?<!诉讼[和、及或与])行政复议", 6, "议"),
            new Head(Kind.LITIGATION, "(?<!复议[和、及或与])行政诉讼", 6, "讼"),
            new Head(Kind.CARRIED_OVER, "上一?年度?结转", 12, "结"),
            new Head(Kind.CARRIED_FORWARD, "(?:结转(?:至|到|入)?|转入)下一?年度?", 12, "转"),
            new Head(Kind.NORMATIVE_ISSUED, "制发了?(?:行政)?规范性文件", 4, "规"),
            new Head(Kind.RECEIVED, "(?:新收|收到|受理|接收|接到)", 20, "收受接"),
            new Head(Kind.HANDLED, "(?:办结|答复|办理完毕|办理完成)", 20, "办答"));

    /** A negation before 行政复议 / 行政诉讼 (the region ends where that word starts). */
    private static final Pattern NONE = Pattern.compile(
            "(?:未|没有|无)(?:被|发生|引起|产生|出现|收到|涉及|有|因)" + GAP + "{0,25}$");
    /** Counts of things other than 政府信息公开申请. */
    private static final Pattern OTHER_MATTERS =
            Pattern.compile("复议|诉讼|投诉|建议|提案|信访|举报|留言|来信|来电|咨询|热线|信箱|平台|网民|网友");
    /** Words before a number that make it approximate (近50件, 约30件, 超过100件). */
    private static final List<String> APPROXIMATE_BEFORE = List.of("近", "约", "超过", "逾", "不足", "不到", "少于", "多于");
    /** Words after 件 that make it approximate (50件左右). */
    private static final List<String> APPROXIMATE_AFTER = List.of("左右", "以上", "以下", "之多", "上下");
    static final String APPLICATION = "申请";
    private static final String DISCLOSURE = "公开";
    static final String REVIEW_WORD = "行政复议";
    static final String LITIGATION_WORD = "行政诉讼";

    private final String text;
    /** Whether this sentence or the one before is about 申请 (so a bare 办结12件 counts applications). */
    private final boolean applicationsNearby;
    private final Map<Integer, Claim> found = new TreeMap<>();

    SentenceClaims(String text, boolean applicationsNearby) {
        this.text = text;
        this.applicationsNearby = applicationsNearby;
    }

    /** Every claim of the sentence, in the order they are written. */
    List<Claim> find() {
        for (int i = text.indexOf(PIECE); i >= 0; i = text.indexOf(PIECE, i + 1)) {
            count(i);
        }
        if (text.contains(REVIEW_WORD) || text.contains(LITIGATION_WORD)) {
            absences();
        }
        return List.copyOf(found.values());
    }

    /** The statement, if any, whose number ends just before the 件 at {@code piece}. */
    private void count(int piece) {
        int numberStart = numberStart(piece);
        if (numberStart == piece || approximate(numberStart, piece)) {
            return;
        }
        int windowStart = numberStart;
        while (windowStart > 0 && numberStart - windowStart < WINDOW && gapChar(text.charAt(windowStart - 1))) {
            windowStart--;
        }
        String clause = text.substring(clauseStart(numberStart), clauseEnd(piece));
        for (Head head : HEADS) {
            if (!head.cued(text, windowStart, numberStart)) {
                continue;
            }
            Matcher m = head.pattern().matcher(text).region(windowStart, numberStart).useTransparentBounds(true);
            if (m.find() && about(head.kind(), m.group(1), clause)) {
                BigDecimal value = new BigDecimal(text.substring(numberStart, piece).replace(",", ""));
                found.putIfAbsent(m.start(), new Claim(head.kind(), value, excerpt(m.start(), piece + 1)));
                return;
            }
        }
    }

    /** Start of the number (digits, maybe with thousands separators) that ends at {@code end}. */
    private int numberStart(int end) {
        int p = digitsStart(end);
        int groupEnd = end;
        while (groupEnd - p == 3 && p >= 2 && text.charAt(p - 1) == ',' && digit(text.charAt(p - 2))) {
            groupEnd = p - 1;
            p = digitsStart(groupEnd);
        }
        return p;
    }

    private int digitsStart(int end) {
        int p = end;
        while (p > 0 && digit(text.charAt(p - 1))) {
            p--;
        }
        return p;
    }

    private boolean approximate(int numberStart, int piece) {
        for (String word : APPROXIMATE_BEFORE) {
            if (text.startsWith(word, numberStart - word.length())) {
                return true;
            }
        }
        for (String word : APPROXIMATE_AFTER) {
            if (text.startsWith(word, piece + 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean about(Kind kind, String gap, String clause) {
        return switch (kind) {
            case RECEIVED -> !OTHER_MATTERS.matcher(gap).find() && clause.contains(APPLICATION);
            case HANDLED -> !OTHER_MATTERS.matcher(gap).find()
                    && (clause.contains(APPLICATION) || gap.isEmpty() && applicationsNearby);
            case CARRIED_OVER, CARRIED_FORWARD -> !OTHER_MATTERS.matcher(gap).find() && applicationsNearby;
            case REVIEW -> !gap.contains("诉讼") && text.contains(DISCLOSURE);
            case LITIGATION -> !gap.contains("复议") && text.contains(DISCLOSURE);
            default -> true;
        };
    }

    /** 未引起行政复议或行政诉讼 and the like, found from each 行政复议 / 行政诉讼 back to its negation. */
    private void absences() {
        absences(REVIEW_WORD);
        absences(LITIGATION_WORD);
    }

    private void absences(String word) {
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            int clauseStart = clauseStart(k);
            Matcher m = NONE.matcher(text).region(Math.max(clauseStart, k - WINDOW), k);
            if (!m.find()) {
                continue;
            }
            int clauseEnd = clauseEnd(k);
            String rest = text.substring(m.start(), clauseEnd);
            boolean review = rest.contains("复议");
            boolean litigation = rest.contains("诉讼");
            Kind kind = review && litigation ? Kind.NO_REVIEW_OR_LITIGATION
                    : review ? Kind.NO_REVIEW : Kind.NO_LITIGATION;
            found.putIfAbsent(m.start(), new Claim(kind, BigDecimal.ZERO, excerpt(m.start(), clauseEnd)));
        }
    }

    private int clauseStart(int start) {
        int i = start;
        while (i > 0 && !separator(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private int clauseEnd(int end) {
        int i = end;
        while (i < text.length() && !separator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The clause up to {@code end}, at most 40 characters. */
    private String excerpt(int start, int end) {
        return text.substring(Math.max(clauseStart(start), end - WINDOW), end);
    }

    private static boolean separator(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    private static boolean gapChar(char c) {
        return !digit(c) && !separator(c);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
