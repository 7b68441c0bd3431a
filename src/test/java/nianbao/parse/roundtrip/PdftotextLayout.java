package nianbao.parse.roundtrip;

import nianbao.format.Formats;
import nianbao.format.RowSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code pdftotext -layout} output (corpus/generated/*.txt): cells aligned by runs of spaces, long labels wrapped
 * around their values line, and group labels cut into pieces laid over the rows they span.
 */
final class PdftotextLayout implements LayoutWriter {
    private static final int[] REQUEST_COLS = {56, 64, 68, 72, 77, 83, 88};
    private static final int[] REVIEW_COLS = {0, 4, 9, 15, 20, 24, 28, 32, 36, 40, 44, 48, 52, 60, 64};
    private static final String REQUESTS_HEADER = """
            （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之              申请人情况
                           和）
                                                自然人      法人或其他组织         总计
                                                      商业 科研 社会   法律 其他
                                                      企业 机构 公    服
                                                                                    益组   务机
                                                                                    织    构
            """;
    private static final String REVIEW_HEADER = """

                    行政复议                            行政诉讼
                             未经复议直接起诉         复议后起诉
            结果 结果 其他 尚未
                        总计 结果 结果 其他 尚未    结果 结果 其他 尚未
            维持 纠正 结果 审结                总计             总计
                           维持 纠正 结果 审结    维持 纠正 结果 审结
            """;

    /** One physical line of table 三 and the row it belongs to. */
    private record Line(StringBuilder text, String owner) {
    }

    @Override
    public String write(GeneratedReport r, Random rnd) {
        TextOut out = new TextOut();
        out.line(" ".repeat(10) + r.organ() + " " + r.year() + " 年度政府信息公开工作报告");
        paragraph(out, "根据《中华人民共和国政府信息公开条例》第四十九条、第五十条的规定，" + r.organ() + "编制了" + r.year()
                + "年度政府信息公开工作年度报告。本报告所列数据的统计时间为" + r.year() + "年1月1日至12月31日。");
        out.blank().line(ReportText.heading(1)).blank();
        List<String> overview = ReportText.overview(r);
        paragraph(out, overview.get(0));
        for (int i = 1; i + 1 < overview.size(); i += 2) {
            out.blank();
            paragraph(out, overview.get(i) + "。" + overview.get(i + 1));
        }
        out.blank().line(ReportText.heading(2)).blank();
        active(out, r);
        out.line(ReportText.heading(3)).blank();
        out.raw(REQUESTS_HEADER);
        requests(r, rnd).forEach(l -> out.line(l.text().toString().stripTrailing()));
        out.line(ReportText.heading(4)).raw(REVIEW_HEADER);
        out.line(place(new StringBuilder(), REVIEW_COLS, r.tables().reviewLine()).toString());
        out.line(ReportText.heading(5)).blank();
        ReportText.problems().forEach(p -> paragraph(out, p));
        out.blank().line(ReportText.heading(6)).blank();
        ReportText.otherMatters().forEach(p -> paragraph(out, p));
        out.blank().line(" ".repeat(81) + r.organ()).line((r.year() + 1) + " 年 1 月 " + (10 + rnd.nextInt(19)) + " 日");
        return out.toString();
    }

    private static void active(TextOut out, GeneratedReport r) {
        for (ReportText.ActiveBlock block : ReportText.activeBlocks(r)) {
            out.line(" ".repeat(9) + block.caption());
            int[] cols;
            if (block.header().size() == 4) {
                out.line("            本年制     本年废    现行有").line("  信息内容").line("            发件数     止件数    效件数");
                cols = new int[]{14, 21, 29};
            } else {
                boolean fees = block.rows().get(0).key().equals("fees");
                out.line("  信息内容" + " ".repeat(fees ? 6 : 12) + block.header().get(1));
                cols = new int[]{fees ? 22 : 21};
            }
            for (RowSpec row : block.rows()) {
                out.line(place(new StringBuilder(row.label()), cols, r.tables().row(Formats.ACTIVE, row.key())).toString());
            }
        }
    }

    private static List<Line> requests(GeneratedReport r, Random rnd) {
        List<RequestRow> rows = RequestRow.all(r.tables().trial());
        List<Line> lines = new ArrayList<>();
        for (RequestRow row : rows) {
            List<String> values = r.tables().row(Formats.REQUESTS, row.key());
            int col = row.top() == null ? 0 : row.sub() == null ? 13 : 21;
            int width = col == 0 ? 40 : col == 13 ? 25 : 20;
            List<String> parts = ReportText.wrap(row.label(), width);
            if (parts.size() == 1) {
                lines.add(new Line(place(at(col, row.label()), REQUEST_COLS, values), row.key()));
            } else {
                lines.add(new Line(at(col, parts.get(0)), row.key()));
                lines.add(new Line(place(new StringBuilder(), REQUEST_COLS, values), row.key()));
                parts.subList(1, parts.size()).forEach(p -> lines.add(new Line(at(col, p), row.key())));
            }
        }
        int pageBreak = 3 + rnd.nextInt(lines.size() - 6);
        lines.add(pageBreak, new Line(new StringBuilder(), lines.get(pageBreak).owner()));
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).firstInSub()) {
                int[] span = RequestRow.span(rows, i, true);
                overlay(lines, rows.get(span[0]).key(), rows.get(span[1]).key(), rows.get(i).sub(), 4, 13);
            }
        }
        overlay(lines, "granted", "total", RequestRow.RESULT, 6, 0);
        return lines;
    }

    /** Cuts a group label into pieces and lays them, centred, over the lines of rows first..last at column col. */
    private static void overlay(List<Line> lines, String first, String last, String label, int piece, int col) {
        int start = 0;
        while (!lines.get(start).owner().equals(first)) {
            start++;
        }
        int end = lines.size() - 1;
        while (!lines.get(end).owner().equals(last)) {
            end--;
        }
        List<String> pieces = ReportText.wrap(label, piece);
        int at = start + Math.max(0, (end - start + 1 - pieces.size()) / 2);
        for (String p : pieces) {
            StringBuilder line = lines.get(at).text();
            if (free(line, col, p.length() + 1)) {
                while (line.length() < col + p.length()) {
                    line.append(' ');
                }
                line.replace(col, col + p.length(), p);
            } else {
                lines.add(at, new Line(at(col, p), lines.get(at).owner()));
            }
            at++;
        }
    }

    private static boolean free(StringBuilder line, int col, int length) {
        for (int i = Math.max(0, col - 1); i < Math.min(line.length(), col + length); i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder at(int col, String text) {
        return new StringBuilder(" ".repeat(col)).append(text);
    }

    /** Appends each value at its column, or one space after the previous text when that is already further. */
    private static StringBuilder place(StringBuilder line, int[] cols, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            int gap = line.length() < cols[i] ? cols[i] - line.length() : line.length() == 0 ? 0 : 1;
            line.append(" ".repeat(gap)).append(values.get(i));
        }
        return line;
    }

    /** A paragraph wrapped at 48 characters, digits set apart by spaces as pdftotext does. */
    private static void paragraph(TextOut out, String text) {
        ReportText.wrapProse(ReportText.spaceDigits(text), 48).forEach(out::line);
    }
}
