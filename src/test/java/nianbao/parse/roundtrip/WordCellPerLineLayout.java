package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seed 003: a Word table flattened one cell per line, each cell starting with a tab, a blank line between rows,
 * empty group cells kept, blank cells as a lone tab (or tab + space), long cell text continued on untabbed lines.
 */
final class WordCellPerLineLayout implements LayoutWriter {
    private static final String REQUESTS_HEADER = """
            \t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）
            \t申请人情况

            \t
            \t自然人
            \t法人或其他组织
            \t总计

            \t
            \t
            \t商业
            企业
            \t科研
            机构
            \t社会公益组织
            \t法律服务机构
            \t其他
            \t

            """;
    private static final String RESULTS = "\t结果\n维持\n\t结果\n纠正\n\t其他\n结果\n\t尚未\n审结\n\t总计\n";
    private static final String REVIEW_HEADER = "\t行政复议\n\t行政诉讼\n\n\t结果维持\n\t结果\n纠正\n\t其他\n结果\n\t尚未\n审结\n"
            + "\t总计\n\t未经复议直接起诉\n\t复议后起诉\n\n\t\n\t\n\t\n\t\n\t\n" + RESULTS + RESULTS + "\n";

    @Override
    public boolean provesBlanks() {
        return true;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut().blank();
        out.line(r.organ()).line(r.year() + "年政府信息公开工作年度报告").blank();
        List<String> overview = ReportText.overview(r);
        out.line(overview.get(0));
        out.line(ReportText.heading(1));
        overview.subList(1, overview.size()).forEach(out::line);
        out.blank().line(ReportText.heading(2)).blank();
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            cells(out, List.of(block.caption()), rnd);
            cells(out, block.header(), rnd);
            for (RowSpec row : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.label()));
                cells.addAll(r.tables().row(Formats.ACTIVE, row.key()));
                cells(out, cells, rnd);
            }
        }
        out.blank().blank().line(ReportText.heading(3)).blank();
        out.raw(REQUESTS_HEADER);
        for (RequestRow row : RequestRow.all(r.tables().trial())) {
            List<String> cells = new ArrayList<>();
            if (row.top() != null) {
                cells.add(row.firstInTop() ? row.top() : "");
            }
            if (row.sub() != null) {
                cells.add(row.firstInSub() ? row.sub() : "");
            }
            cells.add(row.label());
            cells.addAll(r.tables().row(Formats.REQUESTS, row.key()));
            cells(out, cells, rnd);
        }
        out.blank().blank().line(ReportText.heading(4)).blank();
        out.raw(REVIEW_HEADER);
        cells(out, r.tables().reviewLine(), rnd);
        out.blank().blank().line(ReportText.heading(5));
        ReportText.problems().forEach(out::line);
        out.line(ReportText.heading(6));
        ReportText.otherMatters().forEach(out::line);
        out.blank().blank().line((r.year() + 1) + "年1月" + (10 + rnd.nextInt(19)) + "日  ").line(r.organ()).line(" ");
        return out.toString();
    }

    /** One table row: each cell on its own line after a tab, then the blank line that ends the row. */
    private static void cells(TextOut out, List<String> cells, Random rnd) {
        for (String cell : cells) {
            if (cell.isEmpty()) {
                out.line(rnd.nextBoolean() ? "\t" : "\t ");
            } else if (cell.length() > 24 && rnd.nextInt(3) == 0) {
                int cut = 12 + rnd.nextInt(cell.length() - 20);
                out.line("\t" + cell.substring(0, cut)).line(cell.substring(cut));
            } else if (cell.matches("[\\d.]+") && rnd.nextInt(4) == 0) {
                out.line(rnd.nextBoolean() ? "\t" + cell + " " : "\t " + cell);
            } else {
                out.line("\t" + cell);
            }
        }
        out.blank();
    }
}
