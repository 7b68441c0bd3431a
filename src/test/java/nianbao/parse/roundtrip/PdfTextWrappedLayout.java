package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.List;
import java.util.Random;

/** Seed 000: PDF text with a blank line after every line, narrow wrapped labels and values on the following line. */
final class PdfTextWrappedLayout implements LayoutWriter {
    private static final String REQUESTS_HEADER = """
            （本列数据的勾稽关系为：第一项加第二项之和，

            等于第三项加第四项之和）

            申请人情况

            自然人

            法人或其他组织

            总计商业

            企业

            科研

            机构

            社会公

            益组织

            法律服

            务机构
            其他

            """;
    private static final String RESULT_HEADER = "结果\n\n维持\n\n结果\n\n纠正\n\n其他\n\n结果\n\n尚未\n\n审结\n总计\n\n";
    private static final String REVIEW_HEADER = "行政复议 行政诉讼\n\n" + RESULT_HEADER + "未经复议直接起诉 复议后起诉\n\n"
            + RESULT_HEADER + RESULT_HEADER;

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        String title = r.organ() + " " + r.year() + " 年度政府信息公开工作报告";
        int cut = title.indexOf("信息公开");
        line(out, " " + title.substring(0, cut));
        line(out, title.substring(cut));
        line(out, ReportText.heading(1));
        List<String> overview = ReportText.overview(r);
        int glued = 1 + 2 * rnd.nextInt(overview.size() / 2);
        for (int i = 0; i < overview.size(); i++) {
            paragraph(out, overview.get(i), i == glued);
        }
        line(out, ReportText.heading(2));
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            line(out, block.caption());
            line(out, String.join(" ", block.header()));
            for (RowSpec row : block.rows()) {
                line(out, row.label() + " " + String.join(" ", r.tables().row(Formats.ACTIVE, row.key())));
            }
        }
        line(out, ReportText.heading(3));
        out.raw(REQUESTS_HEADER);
        for (RequestRow row : RequestRow.all(r.tables().trial())) {
            requestRow(out, r, row, rnd);
        }
        line(out, ReportText.heading(4));
        out.raw(REVIEW_HEADER);
        line(out, String.join(" ", r.tables().reviewLine()));
        line(out, ReportText.heading(5));
        ReportText.problems().forEach(p -> paragraph(out, p, false));
        line(out, ReportText.heading(6));
        ReportText.otherMatters().forEach(p -> paragraph(out, p, false));
        out.blank();
        return out.toString();
    }

    private static void requestRow(TextOut out, GeneratedReport r, RequestRow row, Random rnd) {
        if (row.firstInTop()) {
            List<String> parts = ReportText.wrap(row.top(), 3);
            glued(out, " " + parts.get(0));
            parts.subList(1, parts.size()).forEach(t -> line(out, t));
        }
        if (row.firstInSub()) {
            ReportText.wrap(row.sub(), 4).forEach(t -> line(out, t));
        }
        String values = String.join(" ", r.tables().row(Formats.REQUESTS, row.key()));
        int width = row.sub() != null ? 14 : 18;
        if (row.label().length() <= width) {
            line(out, row.label() + " " + values);
            return;
        }
        ReportText.wrap(row.label(), width).forEach(t -> line(out, t));
        if (rnd.nextBoolean()) {
            glued(out, values);
        } else {
            line(out, values);
        }
    }

    private static void paragraph(TextOut out, String text, boolean glued) {
        List<String> lines = ReportText.wrapProse(ReportText.spaceDigits(text), 26);
        if (glued) {
            glued(out, " " + lines.get(0));
        } else {
            line(out, lines.get(0));
        }
        lines.subList(1, lines.size()).forEach(t -> line(out, t));
    }

    /** A line followed by the blank line pdftotext puts after every line of this document. */
    private static void line(TextOut out, String text) {
        out.line(text).blank();
    }

    /** A line that follows the previous one without the blank line (as after a page or column break). */
    private static void glued(TextOut out, String text) {
        out.unblank();
        line(out, text);
    }
}
