package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text copied out of a PDF viewer without layout: every cell on a line of its own, no tabs, no blank lines, and every
 * blank cell simply gone (so a row prints fewer values than it has columns). Long labels sometimes break in two.
 * Only the form's sums can say where the values of such a row go.
 */
final class CopyPasteLayout implements LayoutWriter {
    private static final List<String> REQUESTS_HEADER = List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
            "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
    private static final List<String> REVIEW_HEADER = List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
            "总计", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
            "其他结果", "尚未审结", "总计");

    @Override
    public boolean losesBlanks() {
        return true;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        out.line(ReportText.title(r));
        out.line(ReportText.heading(1));
        ReportText.overview(r).forEach(p -> ReportText.wrapProse(p, 30 + rnd.nextInt(10)).forEach(out::line));
        out.line(ReportText.heading(2));
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            out.line(block.caption());
            block.header().forEach(out::line);
            for (RowSpec row : block.rows()) {
                label(out, row.label(), rnd);
                values(out, r.tables().row(Formats.ACTIVE, row.key()));
            }
        }
        out.line(ReportText.heading(3));
        REQUESTS_HEADER.forEach(out::line);
        for (RequestRow row : RequestRow.all(r.tables().trial())) {
            if (row.firstInTop()) {
                out.line(row.top());
            }
            if (row.firstInSub()) {
                out.line(row.sub());
            }
            label(out, row.label(), rnd);
            values(out, r.tables().row(Formats.REQUESTS, row.key()));
        }
        out.line(ReportText.heading(4));
        REVIEW_HEADER.forEach(out::line);
        values(out, r.tables().reviewLine());
        out.line(ReportText.heading(5));
        ReportText.problems().forEach(out::line);
        out.line(ReportText.heading(6));
        ReportText.otherMatters().forEach(out::line);
        out.line(r.organ()).line((r.year() + 1) + "年1月" + (10 + rnd.nextInt(19)) + "日");
        return out.toString();
    }

    private static void label(TextOut out, String label, Random rnd) {
        if (label.length() > 16 && rnd.nextBoolean()) {
            int cut = 8 + rnd.nextInt(label.length() - 12);
            out.line(label.substring(0, cut)).line(label.substring(cut));
        } else {
            out.line(label);
        }
    }

    /** The printed values, one per line; a blank cell leaves no line at all. */
    private static void values(TextOut out, List<String> values) {
        List<String> printed = new ArrayList<>(values);
        printed.removeIf(String::isEmpty);
        printed.forEach(out::line);
    }
}
