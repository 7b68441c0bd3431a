package nianbao.check;

import nianbao.extract.Extractors;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.parse.ReportParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** content.empty_section and content.fee_statement on the sample report with its sections 五 and 六 rewritten. */
class ContentRulesTest {
    private static final String SIX = "六、其他需要报告的事项";
    private static final String FIVE = "五、存在的主要问题及改进情况";

    private static String sample() throws IOException {
        try (InputStream in = ContentRulesTest.class.getResourceAsStream("/nianbao/sample/anyang-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The sample with everything after the heading of section 六 replaced by {@code six}. */
    private static Report withSix(String six) throws Exception {
        String text = sample();
        return parse(text.substring(0, text.indexOf(SIX) + SIX.length()) + "\n" + six + "\n");
    }

    private static Report parse(String text) throws Exception {
        return new ReportParser().parse(Extractors.read(text.getBytes(StandardCharsets.UTF_8)), "anyang-2021.txt");
    }

    private static List<String> rules(Report report, Rule rule) {
        List<Finding> out = new java.util.ArrayList<>();
        rule.check(report, out);
        return out.stream().map(f -> f.rule() + ": " + f.message()).toList();
    }

    @Test
    void aSectionSixOfOnlyWuIsEmptyAndSaysNothingOfTheFee() throws Exception {
        for (String nothing : List.of("无", "无。", "  暂无  ", "本年度无其他需要报告的事项。", "没有。")) {
            Report report = withSix(nothing + "\n\n安阳县人民政府\n2022年1月20日");
            assertThat(rules(report, new EmptySectionRule())).as(nothing)
                    .containsExactly("content.empty_section: 第六部分“六、其他需要报告的事项”只写了“"
                            + nothing.strip() + "”，没有实际内容");
            assertThat(rules(report, new FeeStatementRule())).as(nothing).singleElement().asString()
                    .startsWith("content.fee_statement: 第六部分“其他需要报告的事项”未说明是否收取信息处理费");
        }
    }

    @Test
    void aSectionWithNothingButTheSignatureAndWebPageChromeIsEmpty() throws Exception {
        Report report = withSix("\n安阳县人民政府\n2022年1月20日\n主办单位：安阳县人民政府办公室 版权所有\n"
                + "豫ICP备05001234号 网站标识码：4105220001\n建议使用1440*768分辨率 IE9.0及以上版本浏览器");
        assertThat(rules(report, new EmptySectionRule()))
                .containsExactly("content.empty_section: 第六部分“六、其他需要报告的事项”没有内容");
    }

    @Test
    void aStatementOfTheFeeChargedOrNotIsEnough() throws Exception {
        for (String statement : List.of(
                "本机关2021年度未收取信息处理费。",
                "认真贯彻执行《政府信息公开信息处理费管理办法》。2021年县政府办公室未收取信息处理费。",
                "2021年度共收取信息处理费120元。",
                "（一）2021 年度未发出收费通知，未收取信息处理费。（二）本年度办理人大代表建议 20 件。",
                "2023\n年度，县发展和改革局政府信息公开未发生收费情况。",
                "本年度不存在收取信息处理费的情况。")) {
            Report report = withSix(statement);
            assertThat(rules(report, new FeeStatementRule())).as(statement).isEmpty();
            assertThat(rules(report, new EmptySectionRule())).as(statement).isEmpty();
        }
    }

    @Test
    void theFeeNamedWithoutSayingWhetherItWasChargedIsNotAStatement() throws Exception {
        for (String vague : List.of(
                "认真贯彻执行《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）。",
                "2021年本机关严格执行信息处理费有关规定。",
                "本年度办理人大代表建议20件，政协委员提案4件，均已按期办复。")) {
            assertThat(rules(withSix(vague), new FeeStatementRule())).as(vague).hasSize(1);
            assertThat(rules(withSix(vague), new EmptySectionRule())).as(vague).isEmpty();
        }
    }

    @Test
    void reportsBeforeTheFeeRulesTookEffectNeedNoStatement() throws Exception {
        Report report = withSix("无");
        Report of2020 = new Report(report.file(), report.sourceFormat(), report.organ(), 2020, report.template(),
                report.tables(), report.sections(), report.narrative(), report.formatMarkers(), report.text());
        assertThat(rules(of2020, new FeeStatementRule())).isEmpty();
        assertThat(rules(of2020, new EmptySectionRule())).hasSize(1);
    }

    @Test
    void anEmptySectionFiveIsFoundAndAnAbsentSectionIsLeftToMissingSection() throws Exception {
        String text = sample();
        int five = text.indexOf(FIVE) + FIVE.length();
        Report emptyFive = parse(text.substring(0, five) + "\n无\n" + text.substring(text.indexOf(SIX)));
        assertThat(rules(emptyFive, new EmptySectionRule())).contains(
                "content.empty_section: 第五部分“五、存在的主要问题及改进情况”只写了“无”，没有实际内容");

        Report noSix = parse(text.substring(0, text.indexOf(SIX)));
        assertThat(rules(noSix, new FeeStatementRule())).isEmpty();
        assertThat(rules(noSix, new EmptySectionRule())).isEmpty();
        assertThat(rules(parse(text), new EmptySectionRule())).hasSize(1); // the sample's own 六 says only 无
    }
}
