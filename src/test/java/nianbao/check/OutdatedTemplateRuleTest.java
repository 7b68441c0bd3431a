package nianbao.check;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withFormat;
import static org.assertj.core.api.Assertions.assertThat;

class OutdatedTemplateRuleTest {
    private final OutdatedTemplateRule rule = new OutdatedTemplateRule();

    @Test
    void currentFormatNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void trialFormatForAReportOf2020IsFine() {
        Report report = withFormat(valid2021(), 2020, FormatVersion.V2019, List.of("本年新制作数量"));

        assertThat(run(rule, report)).isEmpty();
    }

    @Test
    void trialFormatFor2022IsAnErrorNamingTheMarkers() {
        Report report = withFormat(valid2021(), 2022, FormatVersion.V2019, List.of("本年新制作数量", "本年增/减"));

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(OutdatedTemplateRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.table()).isNull();
            assertThat(f.row()).isNull();
            assertThat(f.column()).isNull();
            assertThat(f.message()).startsWith("2022年度报告仍使用2019年试行格式").endsWith("旧格式特征：本年新制作数量、本年增/减");
        });
    }

    @Test
    void oldFingerprintsInAReportReadAs2021AreEnough() {
        Report report = withFormat(valid2021(), 2021, FormatVersion.V2021, List.of("政府集中采购"));

        assertThat(run(rule, report)).hasSize(1);
    }

    @Test
    void unknownYearNoFinding() {
        Report report = withFormat(valid2021(), null, FormatVersion.V2019, List.of("政府集中采购"));

        assertThat(run(rule, report)).isEmpty();
    }
}
