package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The running text of one of the six sections — the narrative lines after its heading and before the next heading
 * found — and the lines of it that are not the section's content: the signature and date under the report, and the
 * chrome of a web page (copyright, ICP number, address, browser hints) that a saved page or a converter leaves after
 * the last section.
 */
final class SectionText {
    private static final Pattern DATE_LINE = Pattern.compile(
            "[\\d〇零一二三四五六七八九十○Ｏ]{2,4}\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月\\s*[\\d一二三四五六七八九十]{1,3}\\s*日");
    private static final Pattern CHROME = Pattern.compile(
            "版权所有|主办单位|承办单位|ICP|公网安备|网站标识码|分辨率|浏览器|举报|邮编|E-?mail|地址[:：]|联系电话|技术支持"
                    + "|访问量|扫一扫|打印本页|关闭窗口|分享到|字号|【\\s*[大中小]|上一篇|下一篇|附件[:：]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNATURE = Pattern.compile(
            ".{2,30}(人民政府|政府|办公室|委员会|局|厅|院|中心|街道办事处|办事处|管委会|委|署|会)$");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。，,；;：:！!？?]");
    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^]]*]|^#+\\s*|\\*\\*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private SectionText() {
    }

    /** The lines of section {@code number} (1–6), empty when the report has no such section. */
    static Optional<List<TextBlock>> of(Report report, int number) {
        Section section = null;
        for (Section s : report.sections()) {
            if (s.number() == number && s.span() != null) {
                section = s;
            }
        }
        if (section == null) {
            return Optional.empty();
        }
        int start = section.span().end();
        int end = Integer.MAX_VALUE;
        for (Section s : report.sections()) {
            if (s.span() != null && s.span().start() >= start && s.span().start() < end) {
                end = s.span().start();
            }
        }
        List<TextBlock> lines = new ArrayList<>();
        for (TextBlock block : report.narrative()) {
            if (block.span() != null && block.span().start() >= start && block.span().start() < end) {
                lines.add(block);
            }
        }
        return Optional.of(lines);
    }

    /** The section's own words: its lines without markup, signature, date or page chrome, joined. */
    static String content(List<TextBlock> lines, String organ) {
        StringBuilder text = new StringBuilder();
        for (TextBlock line : lines) {
            String clean = MARKUP.matcher(line.text() == null ? "" : line.text()).replaceAll("").strip();
            if (!clean.isEmpty() && !signatureOrChrome(clean, organ)) {
                text.append(clean).append('\n');
            }
        }
        return text.toString().strip();
    }

    /** Whether a line is the report's signature or date, or the chrome of a web page, not part of any section. */
    static boolean signatureOrChrome(String line, String organ) {
        if (CHROME.matcher(line).find()) {
            return true;
        }
        String bare = withoutWhitespace(line);
        var date = DATE_LINE.matcher(bare);
        int dateStart = -1;
        while (date.find()) {
            dateStart = date.end() == bare.length() ? date.start() : -1;
        }
        if (dateStart >= 0) {
            bare = bare.substring(0, dateStart); // the date, alone or after the signature on one line
            if (bare.isEmpty()) {
                return true;
            }
        }
        if (organ != null && bare.equals(withoutWhitespace(organ))) {
            return true;
        }
        return SIGNATURE.matcher(bare).matches() && !SENTENCE_PUNCTUATION.matcher(bare).find();
    }

    /** The text without the whitespace {@code \s} stands for; the text itself when it holds none (mostly). */
    private static String withoutWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return WHITESPACE.matcher(text).replaceAll("");
            }
        }
        return text;
    }
}
