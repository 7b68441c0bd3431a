package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seed 001: a web page flattened to text, half-width punctuation, cells ending in {@code |}, site chrome around. */
final class WebPipeLayout implements LayoutWriter {
    private static final String REQUESTS_HEADER = """
            (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
            自然人 | 法人或其他组织 | 总计 | |||||||
            商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
            """;
    /** Table 四 as the seed prints it: every header cell lost its second line except the first. */
    private static final String REVIEW_HEADER = """
            行政复议 | 行政诉讼 | |||||||||||||
            结果维持 | 结果 | 其他 | 尚未 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||
            结果 | 结果 | 其他 | 尚未 | 总计 | 结果 | 结果 | 其他 | 尚未 | 总计 | |||||
            """;

    @Override
    public boolean provesBlanks() {
        return true;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        out.line("日期: " + (r.year() + 1) + "-01-" + (10 + rnd.nextInt(19)) + " 浏览量:" + (100 + rnd.nextInt(900))
                + " 来源:" + r.organ() + " 责任编辑:" + r.organ() + " 文字大小: 大 中 小");
        out.line(ReportText.title(r));
        out.line(ReportText.heading(1));
        ReportText.overview(r).forEach(p -> out.line(ReportText.halfWidth(p)));
        out.line(ReportText.heading(2));
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            out.line(pipes(List.of(ReportText.halfWidth(block.caption())), 3));
            out.line(pipes(block.header().stream().map(ReportText::halfWidth).toList(), 4 - block.header().size()));
            for (RowSpec row : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.label()));
                cells.addAll(r.tables().row(Formats.ACTIVE, row.key()));
                out.line(pipes(cells, row.key().equals("fees") ? 0 : 4 - cells.size()));
            }
        }
        out.line(ReportText.heading(3));
        out.raw(REQUESTS_HEADER);
        for (RequestRow row : RequestRow.all(r.tables().trial())) {
            List<String> cells = new ArrayList<>();
            if (row.firstInTop()) {
                cells.add(row.top());
            } else if (row.firstInSub()) {
                cells.add(row.sub());
            }
            cells.add(row.label());
            cells.addAll(r.tables().row(Formats.REQUESTS, row.key()));
            cells.replaceAll(ReportText::halfWidth);
            out.line(pipes(cells, row.key().equals("carried_forward") ? 0 : 10 - cells.size()));
        }
        out.line(ReportText.heading(4));
        out.raw(REVIEW_HEADER);
        out.line(pipes(r.tables().reviewLine(), 0));
        out.line(ReportText.halfWidth(ReportText.heading(5)));
        ReportText.problems().forEach(p -> out.line(ReportText.halfWidth(p)));
        out.line(ReportText.heading(6));
        ReportText.otherMatters().forEach(p -> out.line(ReportText.halfWidth(p)));
        out.line("主办单位:" + r.organ() + " 版权所有:" + r.organ());
        out.line("地址:人民路1" + rnd.nextInt(10) + "号 邮编:1" + (10000 + rnd.nextInt(89999)) + " 网站标识码:"
                + (1000000000L + rnd.nextInt(999999999)));
        out.line("建议使用1440*768分辨率 IE9.0及以上版本浏览器");
        out.line("网站监督举报热线:0418-88" + (10000 + rnd.nextInt(89999)));
        return out.toString();
    }

    /**
     * Cells each closed by a pipe ({@code a | b |}, a blank cell giving {@code ||}), then {@code pad} merged-away
     * cells of the table grid as the seed prints them ({@code  ||}).
     */
    static String pipes(List<String> cells, int pad) {
        StringBuilder sb = new StringBuilder();
        for (String c : cells) {
            sb.append(c.isEmpty() ? "|" : (sb.length() == 0 ? "" : " ") + c + " |");
        }
        if (pad > 0) {
            sb.append(' ').append("|".repeat(pad));
        }
        return sb.toString();
    }
}
