package nianbao.check;

import nianbao.format.Labels;
import nianbao.model.TextBlock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of the running text that the tables can confirm (申请 received, handled, carried over or
 * forward; 行政复议 and 行政诉讼 counts or their absence; 行政规范性文件 issued), skipping approximate numbers and
 * counts of other things (投诉, 建议, 平台 messages).
 */
final class NarrativeClaims {

    /** What a statement is about. */
    enum Kind {
        RECEIVED, HANDLED, CARRIED_OVER, CARRIED_FORWARD, REVIEW, LITIGATION,
        NO_REVIEW, NO_LITIGATION, NO_REVIEW_OR_LITIGATION, NORMATIVE_ISSUED
    }

    /** One statement: its kind, the number it states (0 for a statement of absence) and its text. */
    record Claim(Kind kind, BigDecimal value, String excerpt) {
    }

    /** A number of 件, with or without thousands separators. */
    private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)件";
    private static final String GAP = "[^\\d,;:。!?]";

    private static final Pattern RECEIVED = Pattern.compile("(?:新收|收到|受理|接收|接到)(" + GAP + "{0,20}?)" + COUNT);
    private static final Pattern HANDLED = Pattern.compile("(?:办结|答复|办理完毕|办理完成)(" + GAP + "{0,20}?)" + COUNT);
    private static final Pattern CARRIED_OVER = Pattern.compile("上一?年度?结转(" + GAP + "{0,12}?)" + COUNT);
    private static final Pattern CARRIED_FORWARD =
            Pattern.compile("(?:结转(?:至|到|入)?|转入)下一?年度?(" + GAP + "{0,12}?)" + COUNT);
    private static final Pattern REVIEW = Pattern.compile("(?<!诉讼[和、及或与])行政复议(" + GAP + "{0,6}?)" + COUNT);
    private static final Pattern LITIGATION = Pattern.compile("(?<!复议[和、及或与])行政诉讼(" + GAP + "{0,6}?)" + COUNT);
    private static final Pattern NORMATIVE = Pattern.compile("制发了?(?:行政)?规范性文件(" + GAP + "{0,4}?)" + COUNT);
    private static final Pattern NONE = Pattern.compile(
            "(?:未|没有|无)(?:被|发生|引起|产生|出现|收到|涉及|有|因)" + GAP + "{0,25}?(?:行政复议|行政诉讼)");

    private static final Pattern SENTENCE_END = Pattern.compile("[。!?]");
    /** Counts of things other than 政府信息公开申请. */
    private static final Pattern OTHER_MATTERS =
            Pattern.compile("复议|诉讼|投诉|建议|提案|信访|举报|留言|来信|来电|咨询|热线|信箱|平台|网民|网友");
    /** Words before a number that make it approximate (近50件, 约30件, 超过100件). */
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(?:近|约|超过|逾|不足|不到|少于|多于|将近)$");
    /** Words after 件 that make it approximate (50件左右). */
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("^(?:左右|以上|以下|之多|上下)");
    private static final String APPLICATION = "申请";
    private static final String DISCLOSURE = "公开";
    /** Cheap tests that let most sentences skip the patterns. */
    private static final char PIECE = '件';
    private static final String CARRY = "转";
    private static final String NORMATIVE_DOCUMENTS = "规范性文件";
    private static final String REVIEW_WORD = "行政复议";
    private static final String LITIGATION_WORD = "行政诉讼";

    private NarrativeClaims() {
    }

    /** The claims of running text split into blocks anywhere (even mid-word); each distinct claim once. */
    static List<Claim> extract(List<TextBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (TextBlock block : blocks) {
            if (block.text() != null) {
                text.append(block.text());
            }
        }
        return extract(text.toString());
    }

    static List<Claim> extract(String rawText) {
        String text = Labels.normalize(rawText);
        Set<Claim> claims = new LinkedHashSet<>();
        boolean previousAboutApplications = false;
        for (String sentence : SENTENCE_END.split(text)) {
            boolean aboutApplications = sentence.contains(APPLICATION);
            Context context = new Context(sentence, aboutApplications || previousAboutApplications,
                    new TreeMap<>());
            if (sentence.indexOf(PIECE) >= 0) {
                context.counts(RECEIVED, Kind.RECEIVED);
                context.counts(HANDLED, Kind.HANDLED);
                if (sentence.contains(CARRY)) {
                    context.counts(CARRIED_OVER, Kind.CARRIED_OVER);
                    context.counts(CARRIED_FORWARD, Kind.CARRIED_FORWARD);
                }
                if (sentence.contains(DISCLOSURE)) {
                    context.counts(REVIEW, Kind.REVIEW);
                    context.counts(LITIGATION, Kind.LITIGATION);
                }
                if (sentence.contains(NORMATIVE_DOCUMENTS)) {
                    context.counts(NORMATIVE, Kind.NORMATIVE_ISSUED);
                }
            }
            if (sentence.contains(REVIEW_WORD) || sentence.contains(LITIGATION_WORD)) {
                context.absences();
            }
            claims.addAll(context.found().values());
            previousAboutApplications = aboutApplications;
        }
        return List.copyOf(claims);
    }

    /** One sentence, whether it (or the one before) is about 申请, and its claims by position. */
    private record Context(String sentence, boolean applicationsNearby, Map<Integer, Claim> found) {

        void counts(Pattern pattern, Kind kind) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                String gap = m.group(1);
                String clause = clause(m.start(), m.end());
                if (approximate(gap, m.end()) || !about(kind, gap, clause)) {
                    continue;
                }
                BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
                found.putIfAbsent(m.start(), new Claim(kind, value, excerpt(m.start(), m.end())));
            }
        }

        private boolean about(Kind kind, String gap, String clause) {
            return switch (kind) {
                case RECEIVED -> !OTHER_MATTERS.matcher(gap).find() && clause.contains(APPLICATION);
                case HANDLED -> !OTHER_MATTERS.matcher(gap).find()
                        && (clause.contains(APPLICATION) || gap.isEmpty() && applicationsNearby);
                case CARRIED_OVER, CARRIED_FORWARD -> !OTHER_MATTERS.matcher(gap).find() && applicationsNearby;
                case REVIEW -> !gap.contains("诉讼");
                case LITIGATION -> !gap.contains("复议");
                default -> true;
            };
        }

        private boolean approximate(String gap, int end) {
            return APPROXIMATE_BEFORE.matcher(gap).find()
                    || APPROXIMATE_AFTER.matcher(sentence.substring(end)).find();
        }

        void absences() {
            Matcher m = NONE.matcher(sentence);
            while (m.find()) {
                String rest = clause(m.start(), m.end()).substring(m.start() - clauseStart(m.start()));
                boolean review = rest.contains("复议");
                boolean litigation = rest.contains("诉讼");
                Kind kind = review && litigation ? Kind.NO_REVIEW_OR_LITIGATION
                        : review ? Kind.NO_REVIEW : Kind.NO_LITIGATION;
                found.putIfAbsent(m.start(), new Claim(kind, BigDecimal.ZERO, excerpt(m.start(), clauseEnd(m.end()))));
            }
        }

        /** The clause (between , ; : or the sentence ends) around [start, end). */
        private String clause(int start, int end) {
            return sentence.substring(clauseStart(start), clauseEnd(end));
        }

        private int clauseStart(int start) {
            int i = start;
            while (i > 0 && !separator(sentence.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private int clauseEnd(int end) {
            int i = end;
            while (i < sentence.length() && !separator(sentence.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean separator(char c) {
            return c == ',' || c == ';' || c == ':';
        }

        /** The clause up to the end of the match, at most 40 characters. */
        private String excerpt(int start, int end) {
            int from = Math.max(clauseStart(start), end - 40);
            return sentence.substring(from, end);
        }
    }
}
