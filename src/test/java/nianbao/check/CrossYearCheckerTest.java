package nianbao.check;

import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.SeasonFixtures.parse;
import static nianbao.check.SeasonFixtures.rewritten;
import static nianbao.check.SeasonFixtures.text2022;
import static nianbao.check.SeasonFixtures.year2021;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** crossyear.carryover, crossyear.stock and text.repetition between the sample's 2021 and a 2022 of the same organ. */
class CrossYearCheckerTest {
    private final CrossYearChecker checker = new CrossYearChecker();
    private final Report y2021 = year2021();

    private static Report y2022(String carriedOver, String normative, boolean rewrite) {
        String text = text2022("河南省安阳县人民政府", carriedOver, normative);
        return parse(rewrite ? rewritten(text) : text, "anyang-2022.txt");
    }

    private List<Finding> tableFindings(Report report) {
        return checker.check(report, y2021).findings().stream()
                .filter(f -> !f.rule().equals(CrossYearChecker.REPETITION)).toList();
    }

    @Test
    void theTwoYearsAgreeWhenLastYearsCarryForwardIsThisYearsCarryOverAndTheStockAddsUp() {
        Report agreeing = y2022("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "行政规范性文件 3 1 11", true);
        assertThat(agreeing.year()).isEqualTo(2022);
        assertThat(tableFindings(agreeing)).isEmpty();
    }

    @Test
    void aCarryOverThatIsNotLastYearsCarryForwardIsAnErrorOnEachColumn() {
        Report wrong = y2022("二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "行政规范性文件 3 1 11", true);
        assertThat(tableFindings(wrong))
                .extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column)
                .containsExactly(
                        tuple("crossyear.carryover", Severity.ERROR, "requests", "carried_over", "natural_person"),
                        tuple("crossyear.carryover", Severity.ERROR, "requests", "carried_over", "total"));
        Finding total = tableFindings(wrong).get(1);
        assertThat(total.message()).isEqualTo("二、上年结转政府信息公开申请数量（总计）为1件，2021年度报告四、结转下年度继续办理为2件；相差1");
        assertThat(total.cells()).containsExactly(new CellRef("requests", "carried_over", "total"));
        assertThat(CrossYearChecker.previousCells(total)).containsExactly(new CellRef("requests", "carried_forward", "total"));
    }

    @Test
    void aStockThatDoesNotAddUpIsAWarningShowingTheEquation() {
        Report wrong = y2022("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "行政规范性文件 3 1 15", true);
        assertThat(tableFindings(wrong)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("crossyear.stock");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(List.of(f.table(), f.row(), f.column())).containsExactly("active", "normative_documents", "in_force");
            assertThat(f.message()).isEqualTo("行政规范性文件 现行有效件数为15件；2021年度现行有效9件 + 本年制发3件 − 本年废止1件 = 11件；相差4");
            assertThat(CrossYearChecker.previousCells(f)).containsExactly(new CellRef("active", "normative_documents", "in_force"));
        });
    }

    @Test
    void aNarrativeCopiedFromLastYearIsARepetitionAboveTheThreshold() {
        Report copied = y2022("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "行政规范性文件 3 1 11", false);
        CrossYearChecker.Result result = checker.check(copied, y2021);
        assertThat(result.repetition().rate()).isGreaterThan(0.95);
        assertThat(result.findings()).filteredOn(f -> f.rule().equals("text.repetition")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).startsWith("正文与2021年度报告重复率为").contains("（超过50%）", "句与上年相同或近似");
                });
        // the copied sentences are found in both texts
        assertThat(result.repetition().copied()).hasSize(result.repetition().copiedSentences()).isNotEmpty();
        var first = result.repetition().copiedInPrevious().get(0);
        assertThat(y2021.text().substring(first.start(), first.end())).isNotBlank();
    }

    @Test
    void aRewrittenNarrativeIsBelowTheThresholdAndAHigherOrLowerThresholdDecides() {
        Report fresh = y2022("二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2", "行政规范性文件 3 1 11", true);
        double rate = checker.check(fresh, y2021).repetition().rate();
        assertThat(rate).isBetween(0.05, 0.5); // sections 二–四 and 六 are untouched, 一 and 五 are new
        assertThat(checker.check(fresh, y2021).findings()).isEmpty();
        assertThat(new CrossYearChecker(rate - 0.01).check(fresh, y2021).findings())
                .extracting(Finding::rule).containsExactly("text.repetition");
    }

    @Test
    void aNearCopyDifferingInAFewCharactersCounts() {
        var before = NarrativeSentences.of(y2021);
        String sentence = before.stream().map(NarrativeSentences.Sentence::words).filter(w -> w.length() >= 40)
                .findFirst().orElseThrow();
        String changed = sentence.substring(0, sentence.length() / 2) + "某" + sentence.substring(sentence.length() / 2 + 1);
        var now = List.of(new NarrativeSentences.Sentence(new nianbao.model.Span(0, 1), changed),
                new NarrativeSentences.Sentence(new nianbao.model.Span(1, 2), "完全不同的一句话内容在此处出现了"));
        Repetition r = Repetition.of(now, before);
        assertThat(r.copiedSentences()).isEqualTo(1);
        assertThat(r.rate()).isEqualTo((double) changed.length() / (changed.length() + now.get(1).words().length()));
    }

    @Test
    void headingsDatesAndTheFormsOwnSentencesAreNotNarrative() {
        List<String> words = NarrativeSentences.of(y2021).stream().map(NarrativeSentences.Sentence::words).toList();
        assertThat(words).noneMatch(w -> w.contains("勾稽关系") || w.equals("一总体情况") || w.equals("五存在的主要问题及改进情况")
                || w.contains("政府信息公开工作年度报告") && w.length() < 30 || w.matches(".*\\d{4}年.*"));
        assertThat(words).anyMatch(w -> w.startsWith("安阳县政务公开工作在安阳县委县政府的正确领导下"));
    }

    @Test
    void theBoundedEditDistanceAgreesWithTheFullOne() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? mutate(a, random) : randomWord(random);
            int limit = random.nextInt(4);
            assertThat(EditDistance.within(a, b, limit)).as(a + " / " + b + " ≤ " + limit)
                    .isEqualTo(levenshtein(a, b) <= limit);
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + random.nextInt(3)));
        }
        return s.toString();
    }

    private static String mutate(String a, java.util.Random random) {
        StringBuilder s = new StringBuilder(a);
        for (int k = random.nextInt(4); k > 0; k--) {
            int at = s.isEmpty() ? 0 : random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, (char) ('a' + random.nextInt(3)));
                case 1 -> { if (!s.isEmpty()) s.deleteCharAt(at); }
                default -> { if (!s.isEmpty()) s.setCharAt(at, (char) ('a' + random.nextInt(3))); }
            }
        }
        return s.toString();
    }

    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
