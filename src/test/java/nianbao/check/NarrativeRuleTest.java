package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withBlank;
import static nianbao.check.ReportFixtures.withNarrative;
import static nianbao.check.ReportFixtures.withNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class NarrativeRuleTest {
    private final NarrativeRule rule = new NarrativeRule();

    @Test
    void narrativeThatAgreesWithTheTablesNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void receivedMayIncludeTheCarriedOver() {
        Report report = withNarrative(valid2021(), "本年度共收到政府信息公开申请11件（含上年结转1件）。");

        assertThat(run(rule, report)).isEmpty();
    }

    @Test
    void contradictingNumbersAreFoundOnTheirCells() {
        Report report = withNarrative(valid2021(), "我单位2021年度共受", "理政府信息公开申请31件；答复政府信息公开申请31件。",
                "信息公开行政复议1件，信息公开类行政诉讼2件。", "全年新制发行政规范性文件5件。");

        assertThat(run(rule, report))
                .extracting(Finding::rule, Finding::severity, Finding::table, Finding::row, Finding::column)
                .containsExactly(
                        tuple(NarrativeRule.ID, Severity.WARNING, "requests", "new_received", "total"),
                        tuple(NarrativeRule.ID, Severity.WARNING, "requests", "total", "total"),
                        tuple(NarrativeRule.ID, Severity.WARNING, "review_litigation", "review", "total"),
                        tuple(NarrativeRule.ID, Severity.WARNING, "review_litigation", null, null),
                        tuple(NarrativeRule.ID, Severity.WARNING, "active", "normative_documents", "issued"));
    }

    @Test
    void messageShowsBothNumbers() {
        Report report = withNarrative(valid2021(), "全年新收政府信息公开申请10件，本年度办结11件。");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.row()).isEqualTo("total");
            assertThat(f.message()).isEqualTo("正文称“本年度办结11件”（11件），表格为9件（（七）总计，总计列）");
            assertThat(f.cells()).extracting(Object::toString).containsExactly("requests.total.total");
        });
        Report received = withNarrative(valid2021(), "共受理政府信息公开申请31件。");
        assertThat(run(rule, received)).extracting(Finding::message).containsExactly(
                "正文称“共受理政府信息公开申请31件”（31件），表格为10件（一、本年新收政府信息公开申请数量，总计列；一+二 = 10+1 = 11）");
    }

    @Test
    void lastYearsCarryOverIsRowTwo() {
        Report report = withNarrative(valid2021(), "全年新收政府信息公开申请10件，上年结转1件。");
        assertThat(run(rule, report)).isEmpty();

        Report wrong = withNarrative(valid2021(), "全年新收政府信息公开申请10件，上年结转2件。");
        assertThat(run(rule, wrong)).extracting(Finding::row).containsExactly("carried_over");
    }

    @Test
    void absenceOfReviewAndLitigationAgainstTableFour() {
        Report report = withNarrative(valid2021(), "全年受理政府信息公开申请10件，未引起行政复议或行政诉讼。");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.table()).isEqualTo("review_litigation");
            assertThat(f.row()).isNull();
            assertThat(f.column()).isNull();
            assertThat(f.message()).startsWith("正文称“未引起行政复议或行政诉讼”，表格四却不为0：行政复议 结果维持 = 1");
        });

        Report zero = report;
        for (String row : new String[]{"review", "litigation_direct"}) {
            for (String column : new String[]{"upheld", "corrected", "pending", "total"}) {
                zero = withBlank(zero, "review_litigation", row, column);
            }
        }
        assertThat(run(rule, zero)).isEmpty();
    }

    @Test
    void approximateNumbersAreNotCompared() {
        Report report = withNarrative(valid2021(), "全年受理政府信息公开申请30余件，办结近30件。");

        assertThat(run(rule, report)).isEmpty();
    }

    @Test
    void litigationIsTheSumOfBothGroups() {
        Report report = withNumber(valid2021(), "review_litigation", "litigation_after_review", "upheld", 2);
        report = withNumber(report, "review_litigation", "litigation_after_review", "total", 2);
        Report agreeing = withNarrative(report, "因政府信息公开被提起行政诉讼3件。");
        Report wrong = withNarrative(report, "因政府信息公开被提起行政诉讼1件。");

        assertThat(run(rule, agreeing)).isEmpty();
        assertThat(run(rule, wrong)).extracting(Finding::message).singleElement().asString()
                .contains("表格为3件").contains("= 1+2 = 3");
    }
}
