package nianbao.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTablesTest {

    private static SourceDocument read(String text) throws Exception {
        return Extractors.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> cells(SourceLine line) {
        return line.cells().stream().map(c -> line.text().substring(c.offset(), c.offset() + c.length())).toList();
    }

    @Test
    void gfmRowsBecomeCellsAndSeparatorRowsGo() throws Exception {
        SourceDocument doc = read("标题\n| 数据1 | 数据2 | 数据3 |\n| --- | :-: | ---: |\n| 规章 |  | 5 |\n正文\n");
        assertThat(doc.lines()).extracting(SourceLine::text)
                .containsExactly("标题", "数据1\t数据2\t数据3", "规章\t\t5", "正文");
        assertThat(cells(doc.lines().get(2))).containsExactly("规章", "", "5");
        assertThat(doc.lines().get(0).cells()).isEmpty();
    }

    @Test
    void rowsThatCloseEveryCellKeepALeadingBlankCell() throws Exception {
        SourceDocument doc = read("行政复议 | 行政诉讼 | ||\n|| 2 | 3 |\n");
        assertThat(cells(doc.lines().get(0))).containsExactly("行政复议", "行政诉讼", "", "");
        assertThat(cells(doc.lines().get(1))).containsExactly("", "", "2", "3");
    }

    @Test
    void lineBreaksAndBoldInsideCellsAreMarkupOnly() throws Exception {
        SourceDocument doc = read("| **信息内容** | 本年<br>制发件数 |\n| 三、本<br/>年度办理结果 | 1 |\n");
        assertThat(cells(doc.lines().get(0))).containsExactly("信息内容", "本年 制发件数");
        assertThat(cells(doc.lines().get(1))).containsExactly("三、本 年度办理结果", "1");
    }

    @Test
    void htmlTablesInsideMarkdownAreExpandedToTheirGrid() throws Exception {
        SourceDocument doc = read("## 三、收到和处理政府信息公开申请情况\n"
                + "<table><tr><td rowspan=\"2\">三、本年度办理结果</td><td>（一）予以公开</td><td>5</td></tr>"
                + "<tr><td>（二）部分公开</td><td></td></tr></table>\n后文\n");
        assertThat(doc.lines()).extracting(SourceLine::text).containsExactly("## 三、收到和处理政府信息公开申请情况",
                "三、本年度办理结果\t（一）予以公开\t5", "\t（二）部分公开\t", "后文");
        assertThat(doc.lines().get(2).cells()).extracting(SourceCell::merged).containsExactly(true, false, false);
    }

    @Test
    void aTableWrittenOverSeveralLinesIsOneTable() throws Exception {
        SourceDocument doc = read("前文<table>\n<tr><td>1</td>\n<td>2</td></tr>\n</table>后文\n");
        assertThat(doc.lines()).extracting(SourceLine::text).containsExactly("前文", "1\t2", "后文");
    }

    @Test
    void plainTextWithoutTablesIsKeptAsItIs() throws Exception {
        String text = "一、总体情况\r\n本年度共收到申请 12 件。| 这一竖线不是表格\n";
        SourceDocument doc = read(text);
        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.lines()).allMatch(l -> l.cells().isEmpty());
    }
}
