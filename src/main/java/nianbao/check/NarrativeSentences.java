package nianbao.check;

import nianbao.format.FormWords;
import nianbao.model.Report;
import nianbao.model.Section;
import nianbao.model.Span;
import nianbao.model.TextBlock;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a report's narrative that a repetition rate counts (format.md): the running text outside the three
 * tables, without section headings, the title, the form's fixed sentences, the signature and date; each sentence with
 * its place in the report's text and its words as compared — no whitespace, punctuation or dates.
 */
public final class NarrativeSentences {
    /** One sentence: where it is in the report's text, and its compared form (never empty). */
    public record Sentence(Span span, String words) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");
    private static final Pattern DATES = Pattern.compile(
            "[\\d〇零一二三四五六七八九○]{4}年度?([\\d一二三四五六七八九十]{1,2}月([\\d一二三四五六七八九十]{1,3}日)?)?"
                    + "|[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日");
    private static final Pattern NOT_WORDS = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    private static final Pattern TITLE = Pattern.compile(".{0,40}政府信息公开工作年度报告.{0,6}");
    /** A line this short without an end of sentence is a heading of its own ((一) 主动公开情况). */
    private static final int SHORT_LINE = 24;
    private static final int SHORTEST_SENTENCE = 2;

    private NarrativeSentences() {
    }

    public static List<Sentence> of(Report report) {
        String text = report.text() == null ? "" : report.text();
        List<Sentence> sentences = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (TextBlock block : report.narrative()) {
            Span span = block.span();
            if (span == null || span.end() > text.length() || skipped(report, block)) {
                start = flush(text, start, end, sentences);
                continue;
            }
            String line = text.substring(span.start(), span.end());
            int from = span.start();
            var m = SENTENCE_END.matcher(line);
            while (m.find()) {
                if (start < 0) {
                    start = from;
                }
                end = span.start() + m.end();
                start = flush(text, start, end, sentences);
                from = end;
            }
            if (from < span.end()) {
                if (start < 0) {
                    start = from;
                }
                end = span.end();
                if (line.strip().length() <= SHORT_LINE && from == span.start()) {
                    start = flush(text, start, end, sentences);
                }
            }
        }
        flush(text, start, end, sentences);
        return sentences;
    }

    /** Adds the sentence from {@code start} to {@code end} (if there is one); returns -1, the next start. */
    private static int flush(String text, int start, int end, List<Sentence> sentences) {
        if (start >= 0 && end > start) {
            String raw = text.substring(start, end);
            if (!FormWords.isFormSentence(raw)) {
                String words = words(raw);
                if (words.length() >= SHORTEST_SENTENCE) {
                    sentences.add(new Sentence(new Span(start, end), words));
                }
            }
        }
        return -1;
    }

    /** A sentence as compared: NFKC, dates, whitespace and punctuation gone. */
    static String words(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return NOT_WORDS.matcher(DATES.matcher(s).replaceAll("")).replaceAll("");
    }

    private static boolean skipped(Report report, TextBlock block) {
        for (Section section : report.sections()) {
            Span heading = section.span();
            if (heading != null && block.span().start() < heading.end() && heading.start() < block.span().end()) {
                return true;
            }
        }
        String line = block.text() == null ? "" : block.text().strip();
        String words = words(line);
        for (var spec : Specs.format(report).sections()) {
            if (words.equals(words(spec.canonicalHeading()))) {
                return true; // a heading printed again (a table of contents, a page header)
            }
        }
        return TITLE.matcher(line).matches() || SectionText.signatureOrChrome(line, report.organ());
    }
}
