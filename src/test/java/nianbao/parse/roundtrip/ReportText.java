package nianbao.parse.roundtrip;

import nianbao.format.ColumnSpec;
import nianbao.format.Formats;
import nianbao.format.RowSpec;
import nianbao.format.SectionSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words every layout shares: title, headings, narrative paragraphs, table-二 blocks, and wrapping helpers. */
final class ReportText {
    private ReportText() {
    }

    /** One block of table 二: caption row, header row (信息内容 + column labels) and data rows. */
    record ActiveBlock(String caption, List<String> header, List<RowSpec> rows) {
    }

    static String title(GeneratedReport r) {
        return r.organ() + r.year() + "年政府信息公开工作年度报告";
    }

    static String heading(int section) {
        return Formats.v2021().sections().get(section - 1).canonicalHeading();
    }

    static List<ActiveBlock> activeBlocks(GeneratedReport r) {
        Map<String, List<RowSpec>> byCaption = new LinkedHashMap<>();
        for (RowSpec row : r.tables().format().table(Formats.ACTIVE).rows()) {
            byCaption.computeIfAbsent(row.group(), k -> new ArrayList<>()).add(row);
        }
        List<ActiveBlock> blocks = new ArrayList<>();
        byCaption.forEach((caption, rows) -> {
            List<String> header = new ArrayList<>(List.of("信息内容"));
            for (ColumnSpec c : rows.get(0).columns()) {
                header.add(c.label());
            }
            blocks.add(new ActiveBlock(caption, header, rows));
        });
        return blocks;
    }

    /** Paragraphs of 一、总体情况; sub-headings like （一）主动公开政府信息情况 are paragraphs of their own. */
    static List<String> overview(GeneratedReport r) {
        TableValues t = r.tables();
        String q = Formats.REQUESTS;
        long litigation = t.number(Formats.REVIEW_LITIGATION, "litigation_direct", "total")
                + t.number(Formats.REVIEW_LITIGATION, "litigation_after_review", "total");
        return List.of(
                r.year() + "年，" + r.organ() + "坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国"
                        + "政府信息公开条例》，坚持“以公开为常态、不公开为例外”原则，以公开促落实、促规范、促服务，全面推进政务公开工作。",
                "（一）主动公开政府信息情况",
                "全年通过政府门户网站主动公开政府信息" + (1200 + r.year() % 7 * 113) + "条，其中政策文件"
                        + (40 + r.year() % 5 * 9) + "条。全年制发行政规范性文件"
                        + t.number(Formats.ACTIVE, "normative_documents", t.trial() ? "made" : "issued") + "件，均已在“政策文件”栏目集中公开。",
                "（二）依申请公开政府信息情况",
                "本年度新收政府信息公开申请" + t.number(q, "new_received", "total") + "件，上年结转"
                        + t.number(q, "carried_over", "total") + "件，办结" + t.number(q, "total", "total")
                        + "件，结转下年度继续办理" + t.number(q, "carried_forward", "total") + "件，均在法定期限内予以答复。",
                "（三）政府信息管理情况",
                "严格落实政府信息公开属性源头认定和保密审查制度，对拟公开信息实行“先审查、后公开”，全年未发生失泄密情况。",
                "（四）政府信息公开平台建设情况",
                "持续优化政府网站信息公开专栏，完善政务新媒体矩阵，在政务服务大厅设置政府信息公开查阅点。",
                "（五）监督保障情况",
                "将政务公开纳入年度绩效考核。本年度因政府信息公开工作被申请行政复议"
                        + t.number(Formats.REVIEW_LITIGATION, "review", "total") + "件，被提起行政诉讼" + litigation + "件。");
    }

    static List<String> problems() {
        return List.of(
                "一是政策解读形式较为单一，图解、视频等多元化解读偏少；二是部分栏目更新不够及时。",
                "下一步，将加强政策解读材料审核，推行多元化解读；建立栏目更新台账，定期开展自查，切实提升政务公开工作水平。");
    }

    static List<String> otherMatters() {
        return List.of("本年度未收取政府信息公开信息处理费。");
    }

    /** Splits text into pieces of at most {@code width} characters. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            out.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return out;
    }

    /**
     * Wraps running text at about {@code width} characters the way a typesetter does: a number is never split, and
     * closing punctuation stays at the end of the line instead of starting the next one.
     */
    static List<String> wrapProse(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i + 1;
            if (Character.isDigit(text.charAt(i))) {
                while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
            }
            String unit = text.substring(i, j);
            if (line.length() + unit.length() > width && !line.toString().isBlank()
                    && "，。、；：）》”！？,.;:)".indexOf(unit.charAt(0)) < 0) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(unit);
            i = j;
        }
        if (!line.toString().isBlank()) {
            out.add(line.toString().strip());
        }
        return out;
    }

    /** Web-page punctuation: full-width parentheses, colon, comma and semicolon as half-width. */
    static String halfWidth(String s) {
        return s.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('；', ';');
    }

    /** PDF-text habit: a space on each side of a run of ASCII digits inside Chinese text ("共 12 件"). */
    static String spaceDigits(String s) {
        return s.replaceAll("(?<=[^\\x00-\\x7f])(\\d+)", " $1").replaceAll("(\\d)(?=[^\\x00-\\x7f])", "$1 ");
    }

    /** The section headings, for layouts that do not decorate them. */
    static List<String> headings() {
        return Formats.v2021().sections().stream().map(SectionSpec::canonicalHeading).toList();
    }
}
