package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A government web page: the report as an article of HTML tables (the official merged grid, or the sloppy markup
 * site editors produce: labels without their colspan, extra empty cells at the end of a row (never both in one row:
 * such a row is ambiguous and rightly flagged), {@code &nbsp;} blanks, captions as
 * rowspan cells) inside one of the site shells real portals use, where the article sits in the site's own layout
 * tables several levels deep.
 */
final class WebPageLayout implements LayoutWriter {
    /** The site around the article. */
    enum Shell { PLAIN, TRS_NESTED, ZOOM_META, IVS_UNION }

    /** How the statistics tables are marked up. */
    enum Markup { OFFICIAL, SLOPPY, ROWSPAN_CAPTIONS }

    private static final String REQUESTS_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String[] APPLICANTS = {"商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"};
    private static final String[] RESULTS = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

    private final Shell shell;
    private final Markup markup;
    private final boolean trial;

    WebPageLayout(Shell shell, Markup markup, boolean trial) {
        this.shell = shell;
        this.markup = markup;
        this.trial = trial;
    }

    /** The web layouts of the round trip: every shell, every markup, and the 2019 format in two of them. */
    static List<LayoutWriter> all() {
        List<LayoutWriter> out = new ArrayList<>();
        for (Shell s : Shell.values()) {
            out.add(new WebPageLayout(s, Markup.values()[s.ordinal() % Markup.values().length], false));
        }
        out.add(new WebPageLayout(Shell.TRS_NESTED, Markup.SLOPPY, true));
        out.add(new WebPageLayout(Shell.PLAIN, Markup.ROWSPAN_CAPTIONS, true));
        return out;
    }

    @Override
    public String name() {
        return "WebPage" + shell + "_" + markup + (trial ? "_2019" : "");
    }

    @Override
    public boolean provesBlanks() {
        return true;
    }

    @Override
    public boolean trialFormat() {
        return trial;
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        StringBuilder a = new StringBuilder();
        a.append("<h2 class=\"title\">").append(ReportText.title(r)).append("</h2>\n");
        heading(a, 1);
        ReportText.overview(r).forEach(p -> a.append("<p style=\"text-indent:2em\">").append(p).append("</p>\n"));
        heading(a, 2);
        active(a, r, rnd);
        heading(a, 3);
        requests(a, r, rnd);
        heading(a, 4);
        review(a, r, rnd);
        heading(a, 5);
        ReportText.problems().forEach(p -> a.append("<p>").append(p).append("</p>\n"));
        heading(a, 6);
        ReportText.otherMatters().forEach(p -> a.append("<p>").append(p).append("</p>\n"));
        a.append("<p style=\"text-align:right\">").append(r.organ()).append("</p>\n<p style=\"text-align:right\">")
                .append(r.year() + 1).append("年1月").append(10 + rnd.nextInt(19)).append("日</p>\n");
        return shell(r, a.toString());
    }

    private static void heading(StringBuilder a, int section) {
        a.append("<p><strong>").append(ReportText.heading(section)).append("</strong></p>\n");
    }

    private String shell(GeneratedReport r, String article) {
        String head = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + ReportText.title(r)
                + "_政府信息公开年报</title></head>\n<body>\n";
        String nav = "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
                + "<li><a href=\"/hdjl/\">互动交流</a></li></ul>\n";
        String footer = "<div class=\"footer\">版权所有：" + r.organ() + " 网站标识码 3301000012 备案号 浙ICP备05001234号</div>\n";
        return switch (shell) {
            case PLAIN -> head + nav + "<div class=\"article\">\n" + article + "</div>\n" + footer + "</body></html>\n";
            case TRS_NESTED -> head + "<table width=\"1000\" align=\"center\"><tr><td>" + nav + "</td></tr>\n"
                    + "<tr><td><table width=\"100%\"><tr><td width=\"220\" valign=\"top\">"
                    + "<table><tr><td><a href=\"/gknb/\">政府信息公开年报</a></td></tr>"
                    + "<tr><td><a href=\"/gkzn/\">政府信息公开指南</a></td></tr></table></td>\n"
                    + "<td valign=\"top\"><table width=\"100%\"><tr><td class=\"bt\">" + ReportText.title(r)
                    + "</td></tr><tr><td><div class=\"TRS_Editor\">\n" + article
                    + "</div></td></tr></table></td></tr></table></td></tr>\n<tr><td>" + footer
                    + "</td></tr></table>\n</body></html>\n";
            case ZOOM_META -> head + nav + "<table class=\"layout\"><tr><td>\n<table class=\"xxgk_meta\">"
                    + "<tr><td>索引号：</td><td>11330100002500123X/2023-00456</td><td>分类：</td><td>政府信息公开年报</td></tr>"
                    + "<tr><td>发布机构：</td><td>" + r.organ() + "</td><td>发文日期：</td><td>" + (r.year() + 1)
                    + "-01-18</td></tr></table>\n<table><tr><td><div id=\"zoom\">\n" + article
                    + "</div></td></tr></table>\n</td></tr></table>\n" + footer + "</body></html>\n";
            case IVS_UNION -> head + "<div id=\"wrapper\"><table><tr><td>" + nav + "<table><tr><td>"
                    + "<table><tr><td><div id=\"ivs_content\"><div class=\"Custom_UnionStyle\">\n" + article
                    + "</div></div></td></tr></table></td><td><table class=\"side\"><tr><td>热点专题</td></tr>"
                    + "<tr><td>浏览次数：" + (1000 + r.year()) + "</td></tr></table></td></tr></table>"
                    + "</td></tr></table></div>\n" + footer + "</body></html>\n";
        };
    }

    private String blank(Random rnd) {
        if (markup == Markup.OFFICIAL) {
            return "";
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> "&nbsp;";
            case 1 -> "<p>&nbsp;</p>";
            case 2 -> "<span style=\"font-size:12px\"><o:p></o:p></span>";
            default -> " ";
        };
    }

    private String value(String v, Random rnd) {
        if (v.isEmpty()) {
            return blank(rnd);
        }
        return markup == Markup.SLOPPY && rnd.nextBoolean() ? "<p><span>" + v + "</span></p>" : v;
    }

    private static String td(String content) {
        return "<td>" + content + "</td>";
    }

    private static String td(String content, int colspan, int rowspan) {
        return "<td" + (colspan > 1 ? " colspan=\"" + colspan + "\"" : "") + (rowspan > 1 ? " rowspan=\"" + rowspan + "\""
                : "") + ">" + content + "</td>";
    }

    private void active(StringBuilder a, GeneratedReport r, Random rnd) {
        a.append("<table border=\"1\" cellspacing=\"0\">\n");
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            int columns = block.header().size() - 1;
            boolean captionLeft = markup == Markup.ROWSPAN_CAPTIONS;
            StringBuilder header = new StringBuilder("<tr>");
            if (captionLeft) {
                header.append(td(block.caption(), 1, block.rows().size() + 1));
            } else {
                a.append("<tr>").append(td(block.caption(), 4, 1)).append("</tr>\n");
            }
            header.append(td("信息内容"));
            for (int c = 1; c <= columns; c++) {
                header.append(td(block.header().get(c), c == columns ? 4 - columns : 1, 1));
            }
            a.append(header).append("</tr>\n");
            for (RowSpec row : block.rows()) {
                a.append("<tr>").append(td(row.label()));
                List<String> values = r.tables().row(Formats.ACTIVE, row.key());
                for (int c = 0; c < values.size(); c++) {
                    a.append(td(value(values.get(c), rnd), c == values.size() - 1 ? 4 - values.size() : 1, 1));
                }
                a.append("</tr>\n");
            }
        }
        a.append("</table>\n");
    }

    private void requests(StringBuilder a, GeneratedReport r, Random rnd) {
        boolean sloppy = markup == Markup.SLOPPY;
        a.append("<table border=\"1\" cellspacing=\"0\">\n<tr>").append(td(REQUESTS_NOTE, sloppy ? 2 : 3, 3))
                .append(td("申请人情况", 7, 1)).append("</tr>\n<tr>").append(td("自然人", 1, 2))
                .append(td("法人或其他组织", 5, 1)).append(td("总计", 1, 2)).append("</tr>\n<tr>");
        for (String applicant : APPLICANTS) {
            a.append(td(applicant));
        }
        a.append("</tr>\n");
        List<RequestRow> rows = RequestRow.all(r.tables().trial());
        for (int i = 0; i < rows.size(); i++) {
            RequestRow row = rows.get(i);
            a.append("<tr>");
            int labelSpan = 3;
            if (row.top() != null) {
                labelSpan--;
                if (row.firstInTop()) {
                    int[] span = RequestRow.span(rows, i, false);
                    a.append(td(row.top(), 1, span[1] - span[0] + 1));
                }
            }
            if (row.sub() != null) {
                labelSpan--;
                if (row.firstInSub()) {
                    int[] span = RequestRow.span(rows, i, true);
                    a.append(td(row.sub(), 1, span[1] - span[0] + 1));
                }
            }
            boolean dropSpan = sloppy && labelSpan > 1 && rnd.nextInt(3) == 0;
            a.append(td(row.label(), dropSpan ? 1 : labelSpan, 1));
            for (String v : r.tables().row(Formats.REQUESTS, row.key())) {
                a.append(td(value(v, rnd)));
            }
            if (sloppy && !dropSpan && rnd.nextInt(4) == 0) {
                a.append(td(blank(rnd)));
            }
            a.append("</tr>\n");
        }
        a.append("</table>\n");
    }

    private void review(StringBuilder a, GeneratedReport r, Random rnd) {
        a.append("<table border=\"1\" cellspacing=\"0\">\n<tr>").append(td("行政复议", 5, 1)).append(td("行政诉讼", 10, 1))
                .append("</tr>\n<tr>");
        for (String result : RESULTS) {
            a.append(td(result, 1, 2));
        }
        a.append(td("未经复议直接起诉", 5, 1)).append(td("复议后起诉", 5, 1)).append("</tr>\n<tr>");
        for (int g = 0; g < 2; g++) {
            for (String result : RESULTS) {
                a.append(td(result));
            }
        }
        a.append("</tr>\n<tr>");
        for (String v : r.tables().reviewLine()) {
            a.append(td(value(v, rnd)));
        }
        a.append("</tr>\n</table>\n");
    }
}
