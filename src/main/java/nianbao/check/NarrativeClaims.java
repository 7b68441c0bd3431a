package nianbao.check;

import nianbao.format.Labels;
import nianbao.model.TextBlock;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    private static final Pattern SENTENCE_END = Pattern.compile("[。!?]");

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
            boolean aboutApplications = sentence.contains(SentenceClaims.APPLICATION);
            claims.addAll(new SentenceClaims(sentence, aboutApplications || previousAboutApplications).find());
            previousAboutApplications = aboutApplications;
        }
        return List.copyOf(claims);
    }
}
