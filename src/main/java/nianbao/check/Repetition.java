package nianbao.check;

import nianbao.model.Report;
import nianbao.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of a report's narrative repeats the same organ's report of the year before (format.md): the share of its
 * narrative characters in sentences also found last year — the same after whitespace, punctuation and dates are
 * dropped, or a near copy differing in at most a tenth of its characters — and where those sentences are in both.
 *
 * @param rate              copied characters over all narrative characters, 0–1 (0 for a report with no narrative)
 * @param sentences         the report's narrative sentences counted
 * @param copied            where this report's copied sentences are in its text
 * @param copiedInPrevious  where the sentences they copy are in last year's text
 */
public record Repetition(double rate, int sentences, List<Span> copied, List<Span> copiedInPrevious) {
    /** A near copy may differ from its original in at most this share of its characters. */
    static final double NEAR_COPY = 0.10;

    public Repetition {
        copied = List.copyOf(copied);
        copiedInPrevious = List.copyOf(copiedInPrevious);
    }

    /** The number of the report's sentences that repeat last year's. */
    public int copiedSentences() {
        return copied.size();
    }

    public static Repetition of(Report report, Report previous) {
        return of(NarrativeSentences.of(report), NarrativeSentences.of(previous));
    }

    /** Measures sentences against last year's (as stored). */
    public static Repetition of(List<NarrativeSentences.Sentence> now, List<NarrativeSentences.Sentence> before) {
        Map<String, NarrativeSentences.Sentence> exact = new HashMap<>();
        Map<Integer, List<NarrativeSentences.Sentence>> byLength = new HashMap<>();
        for (NarrativeSentences.Sentence s : before) {
            exact.putIfAbsent(s.words(), s);
            byLength.computeIfAbsent(s.words().length(), k -> new ArrayList<>()).add(s);
        }
        List<Span> copied = new ArrayList<>();
        List<Span> originals = new ArrayList<>();
        long all = 0;
        long repeated = 0;
        for (NarrativeSentences.Sentence s : now) {
            all += s.words().length();
            NarrativeSentences.Sentence original = exact.get(s.words());
            if (original == null) {
                original = nearCopy(s.words(), byLength);
            }
            if (original != null) {
                repeated += s.words().length();
                copied.add(s.span());
                if (!originals.contains(original.span())) {
                    originals.add(original.span());
                }
            }
        }
        return new Repetition(all == 0 ? 0 : (double) repeated / all, now.size(), copied, originals);
    }

    private static NarrativeSentences.Sentence nearCopy(String words,
                                                        Map<Integer, List<NarrativeSentences.Sentence>> byLength) {
        int allowed = (int) Math.floor(words.length() * NEAR_COPY);
        if (allowed == 0) {
            return null;
        }
        for (int length = words.length() - allowed; length <= words.length() + allowed; length++) {
            for (NarrativeSentences.Sentence candidate : byLength.getOrDefault(length, List.of())) {
                if (EditDistance.within(words, candidate.words(), allowed)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
