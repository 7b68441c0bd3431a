package nianbao.check;

import nianbao.extract.Extractors;
import nianbao.model.Report;
import nianbao.parse.ReportParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reports of one organ over two years, made from the sample (安阳县人民政府 2021) by rewriting its year, its name, the
 * rows the cross-year checks compare and, if asked, its narrative.
 */
public final class SeasonFixtures {
    static final String CARRIED_OVER_2021 = "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0";
    static final String NORMATIVE_2021 = "行政规范性文件 9 25 9";
    static final String RULES_2021 = "规章 0 -1 0";

    private SeasonFixtures() {
    }

    public static String sampleText() {
        try (InputStream in = SeasonFixtures.class.getResourceAsStream("/nianbao/sample/anyang-2021.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Report parse(String text, String name) {
        try {
            return new ReportParser().parse(Extractors.read(text.getBytes(StandardCharsets.UTF_8)), name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Report year2021() {
        return parse(sampleText(), "anyang-2021.txt");
    }

    /** The 2022 report as text: organ written {@code organ}, table rows as given, and the 2021 narrative. */
    public static String text2022(String organ, String carriedOver, String normative) {
        return sampleText().replace("安阳县人民政府2021年政府信息公开工作年度报告", organ + "2022年政府信息公开工作年度报告")
                .replace("2021", "2022")
                .replace(CARRIED_OVER_2021, carriedOver)
                .replace(NORMATIVE_2021, normative)
                .replace(RULES_2021, "规章 0 0 0");
    }

    /** The 2022 text with the narrative of sections 一 and 五 rewritten. */
    public static String rewritten(String text) {
        int one = text.indexOf("一、总体情况\n2022年");
        int two = text.indexOf("二、主动公开政府信息情况");
        int five = text.indexOf("五、存在的主要问题及改进情况");
        int six = text.indexOf("六、其他需要报告的事项");
        return text.substring(0, one) + "一、总体情况\n" + NEW_OVERVIEW + "\n" + text.substring(two, five)
                + "五、存在的主要问题及改进情况\n" + NEW_PROBLEMS + "\n" + text.substring(six);
    }

    private static final String NEW_OVERVIEW = """
            本年度，县政府办公室把政务公开纳入乡镇和部门绩效考核，新建县级政务公开专区一处。
            全年组织业务培训四期，覆盖各乡镇和县直单位工作人员三百余人次。
            围绕优化营商环境，集中发布涉企政策解读材料四十余篇，开设惠企政策直通车栏目。
            依托县融媒体中心开展政策直播访谈十二期，群众在线留言均在三个工作日内回复。
            对政府网站各栏目开展季度自查，清理过期失效信息一千二百余条。""";
    private static final String NEW_PROBLEMS = """
            一是部分乡镇政务公开专区建设进度不一，资料更新不及时。
            二是政策解读形式仍以文字为主，视频解读偏少。
            下一步将建立专区更新月报制度，并每季度通报各单位解读工作开展情况。""";
}
