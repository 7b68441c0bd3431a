package nianbao.check;

import nianbao.model.Cell;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static nianbao.check.ReportFixtures.ref;
import static nianbao.check.ReportFixtures.run;
import static nianbao.check.ReportFixtures.valid2021;
import static nianbao.check.ReportFixtures.withCell;
import static nianbao.check.ReportFixtures.withNumber;
import static nianbao.check.ReportFixtures.withOrgan;
import static org.assertj.core.api.Assertions.assertThat;

class ImplausibleValueRuleTest {
    private final ImplausibleValueRule rule = new ImplausibleValueRule();

    @Test
    void plausibleReportNoFinding() {
        assertThat(run(rule, valid2021())).isEmpty();
    }

    @Test
    void cityGovernmentMayMakeRules() {
        Report report = withNumber(valid2021(), "active", "rules", "issued", 2);

        assertThat(run(rule, report)).isEmpty();
    }

    @Test
    void countyWithRulesIsAnInfo() {
        Report report = withOrgan(withNumber(valid2021(), "active", "rules", "in_force", 3), "鹤鸣县人民政府");

        assertThat(run(rule, report)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ImplausibleValueRule.ID);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.row()).isEqualTo("rules");
            assertThat(f.column()).isEqualTo("in_force");
            assertThat(f.message()).startsWith("规章 现行有效件数 为 3：鹤鸣县人民政府");
        });
    }

    @Test
    void organKinds() {
        assertThat(ImplausibleValueRule.organKind("苇塘镇人民政府")).isNotNull();
        assertThat(ImplausibleValueRule.organKind("望海区人民政府")).isNotNull();
        assertThat(ImplausibleValueRule.organKind("江澜市生态环境局")).isNotNull();
        assertThat(ImplausibleValueRule.organKind("琅溪县人民政府办公室")).isNotNull();
        assertThat(ImplausibleValueRule.organKind("镇江市人民政府")).isNull();
        assertThat(ImplausibleValueRule.organKind("广西壮族自治区人民政府")).isNull();
        assertThat(ImplausibleValueRule.organKind("河北省人民政府")).isNull();
        assertThat(ImplausibleValueRule.organKind("国家税务总局")).isNull();
        assertThat(ImplausibleValueRule.organKind(null)).isNull();
    }

    @Test
    void feeWrittenInYuanIsAnInfo() {
        Report report = withCell(valid2021(),
                Cell.number(ref("active", "fees", "amount"), "3500元", new BigDecimal("3500"), null));

        assertThat(run(rule, report)).extracting(Finding::row, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fees", "amount"));
        Report wan = withCell(valid2021(),
                Cell.number(ref("active", "fees", "amount"), "0.35万元", new BigDecimal("0.35"), null));
        assertThat(run(rule, wan)).isEmpty();
    }
}
