package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seed 002: markdown-ish headings, tables as tab-separated cells with empty cells for merged ones, and one row that
 * lost its leading cells (printed as {@code label, "", values…, ""}).
 */
final class TabLayout implements LayoutWriter {
    private static final String REQUESTS_HEADER = """
            (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况\t\t\t\t\t\t\t
            \t\t自然人\t法人或其他组织\t\t\t\t\t总计\t
            \t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t\t
            """;
    private static final String REVIEW_HEADER = """
            行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t
            结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t
            \t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计
            """;

    @Override
    public boolean provesBlanks() {
        return true;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut().blank().blank();
        out.line("# " + r.organ() + " " + r.year() + " 年度政府信息公开工作报告").blank();
        out.line("## " + ReportText.heading(1)).blank();
        for (String p : ReportText.overview(r)) {
            out.line(p.startsWith("（") ? "### " + p : p).blank();
        }
        out.line("## " + ReportText.heading(2)).blank();
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            out.line(tabs(List.of(block.caption()), 4));
            out.line(tabs(block.header(), 4));
            for (RowSpec row : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(row.label()));
                cells.addAll(r.tables().row(Formats.ACTIVE, row.key()));
                out.line(tabs(cells, 4));
            }
        }
        out.blank().line("## " + ReportText.heading(3)).blank();
        out.raw(REQUESTS_HEADER);
        List<RequestRow> rows = RequestRow.all(r.tables().trial());
        List<RequestRow> candidates = rows.stream().filter(x -> x.sub() != null && !x.firstInSub()).toList();
        RequestRow lost = candidates.get(rnd.nextInt(candidates.size()));
        for (RequestRow row : rows) {
            List<String> values = r.tables().row(Formats.REQUESTS, row.key());
            out.line(String.join("\t", row == lost ? lostLeadingCells(row, values) : cells(row, values)));
            if (row == lost) {
                out.blank();
            }
        }
        out.blank().line("#### " + ReportText.heading(4)).blank();
        out.raw(REVIEW_HEADER);
        out.line(String.join("\t", r.tables().reviewLine())).blank();
        out.line("#### " + ReportText.heading(5)).blank();
        ReportText.problems().forEach(p -> out.line(p).blank());
        out.line("#### " + ReportText.heading(6)).blank();
        ReportText.otherMatters().forEach(p -> out.line(p).blank());
        out.line(r.organ()).blank().line((r.year() + 1) + "年1月" + (10 + rnd.nextInt(19)) + "日");
        return out.toString();
    }

    /** The cells of a row on the seed's 10-column grid: group cells, label, values, trailing merge cells. */
    private static List<String> cells(RequestRow row, List<String> values) {
        List<String> cells = new ArrayList<>();
        String label = enumerated(row.label());
        if (row.top() == null) {
            cells.addAll(List.of(label, ""));
        } else if (row.sub() == null) {
            cells.addAll(List.of(row.firstInTop() ? row.top() : "", label));
        } else {
            cells.addAll(List.of("", row.firstInSub() ? enumerated(row.sub()) : "", label));
        }
        if (row.key().equals("carried_forward")) {
            Collections.swap(cells, 0, 1);
        }
        cells.addAll(values);
        while (cells.size() < 10) {
            cells.add("");
        }
        return cells;
    }

    /** Seed 002, row 8.: the label moved to the first cell, followed by one empty cell, the values and one more. */
    private static List<String> lostLeadingCells(RequestRow row, List<String> values) {
        List<String> cells = new ArrayList<>(List.of(enumerated(row.label()), ""));
        cells.addAll(values);
        cells.add("");
        return cells;
    }

    /** The seed's spelling of enumerators: {@code (一) 予以公开}, {@code 1. 属于国家秘密}. */
    private static String enumerated(String label) {
        return label.replaceFirst("^（(.)）", "($1) ").replaceFirst("^(\\d)\\.", "$1. ");
    }

    private static String tabs(List<String> cells, int width) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < width) {
            padded.add("");
        }
        return String.join("\t", padded);
    }
}
