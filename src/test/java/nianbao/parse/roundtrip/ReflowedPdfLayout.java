package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.List;
import java.util.Random;

/**
 * Seed 004: reflowed PDF text, the title after a stray first heading, one space between values on the label's line,
 * long labels wrapped with the rest of the label on a later line before (or beside) the values.
 */
final class ReflowedPdfLayout implements LayoutWriter {
    private static final String REQUESTS_HEADER = """
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）

            申请人情况

            自然人

            法人或其他组织

            总计
            商业企业 科研机构

            社会公益

            组织

            法律服务

            机构
            其他

            """;
    private static final String REVIEW_HEADER = """
            行政复议 行政诉讼

            结果维持 结果纠正 其他结果 尚未审结 总计
            未经复议直接起诉 复议后起诉

            结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计

            """;

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        out.line(" " + ReportText.heading(1)).blank().line(ReportText.title(r)).blank();
        paragraph(out, "本年度报告根据《中华人民共和国政府信息公开条例》的要求，由" + r.organ() + "编制。全文包括总体情况、"
                + "主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及"
                + "改进情况和其他需要报告的事项。");
        out.line(ReportText.heading(1));
        ReportText.overview(r).forEach(p -> paragraph(out, p));
        out.blank().line(ReportText.heading(2)).blank();
        int gluedBlock = 1 + rnd.nextInt(3);
        List<ReportText.ActiveBlock> blocks = ReportText.activeBlocks(r);
        for (int b = 0; b < blocks.size(); b++) {
            ReportText.ActiveBlock block = blocks.get(b);
            if (b == gluedBlock) {
                out.unblank().line(" " + block.caption()).blank();
            } else {
                out.line(block.caption()).blank();
            }
            List<String> header = block.header();
            String fee = r.tables().get(Formats.ACTIVE, "fees", "amount");
            if (block.rows().get(0).key().equals("fees") && fee != null && fee.matches("\\d+\\.\\d{4}")) {
                header = List.of(header.get(0), "本年收费金额（单位：万元，保留4位小数）");
            }
            out.line(String.join(" ", header)).blank();
            for (RowSpec row : block.rows()) {
                out.line(row.label() + " " + String.join(" ", r.tables().row(Formats.ACTIVE, row.key()))).blank();
            }
        }
        out.line(ReportText.heading(3)).blank();
        out.raw(REQUESTS_HEADER);
        int width = 24 + rnd.nextInt(7);
        for (RequestRow row : RequestRow.all(r.tables().trial())) {
            requestRow(out, r, row, width, rnd);
        }
        out.line(ReportText.heading(4)).blank();
        out.raw(REVIEW_HEADER);
        out.line(String.join(" ", r.tables().reviewLine())).blank();
        out.line(ReportText.heading(5)).blank();
        ReportText.problems().forEach(p -> paragraph(out, p));
        out.blank().line(ReportText.heading(6)).blank();
        ReportText.otherMatters().forEach(p -> paragraph(out, p));
        out.blank().blank();
        return out.toString();
    }

    private static void requestRow(TextOut out, GeneratedReport r, RequestRow row, int width, Random rnd) {
        if (row.firstInTop()) {
            ReportText.wrap(row.top(), 7).forEach(t -> out.line(t).blank());
        }
        if (row.firstInSub()) {
            ReportText.wrap(row.sub(), 5).forEach(t -> out.line(t).blank());
        }
        String values = String.join(" ", r.tables().row(Formats.REQUESTS, row.key()));
        String label = row.label();
        if (row.key().equals("carried_forward")) {
            out.unblank().line(" " + label + " " + values).blank();
        } else if (label.length() <= width) {
            out.line(label + " " + values).blank();
        } else if (rnd.nextBoolean()) {
            out.line(label.substring(0, width)).blank().line(label.substring(width)).line(values).blank();
        } else {
            out.line(label.substring(0, width)).blank().line(label.substring(width) + " " + values).blank();
        }
    }

    /** A paragraph reflowed at 62 characters a line, with no blank line inside. */
    private static void paragraph(TextOut out, String text) {
        ReportText.wrapProse(text, 62).forEach(out::line);
    }
}
