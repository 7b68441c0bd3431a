package nianbao.export;

import nianbao.format.Formats;

import java.util.List;
import java.util.Map;

/**
 * The printed words of the official tables that {@code nianbao.format} does not carry because parsing does not need
 * them: the 信息内容 header of table 二, table 三's header note and column groups, and the short sheet names.
 */
final class FormHeaders {
    /** First header cell of every block of table 二. */
    static final String CONTENT = "信息内容";
    /** The note in the top-left header cell of table 三 (verbatim in the format). */
    static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    /** The header over all applicant columns of table 三. */
    static final String APPLICANTS = "申请人情况";
    /** The header over the five organisation columns of table 三. */
    static final String ORGANISATIONS = "法人或其他组织";
    /** Table 三's columns printed under {@link #ORGANISATIONS}: the applicant columns after 自然人. */
    static final List<String> ORGANISATION_COLUMNS =
            Formats.APPLICANT_COLUMNS.subList(1, Formats.APPLICANT_COLUMNS.size());

    private static final Map<String, String> SHORT_TITLES = Map.of(
            Formats.ACTIVE, "二、主动公开",
            Formats.REQUESTS, "三、依申请",
            Formats.REVIEW_LITIGATION, "四、复议诉讼");

    private FormHeaders() {
    }

    /** A short title of a table, used as a sheet name: 二、主动公开, 三、依申请, 四、复议诉讼; the key otherwise. */
    static String shortTitle(String table) {
        return SHORT_TITLES.getOrDefault(table, table);
    }
}
