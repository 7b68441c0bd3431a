package nianbao.export;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Wrapping keeps every character, fits the width, respects Chinese line-break punctuation and never prints a box. */
class PdfTextWrapperTest {
    private static PDDocument document;
    private static CjkFont font;
    private static PdfTextWrapper wrapper;

    @BeforeAll
    static void load() throws Exception {
        document = new PDDocument();
        font = CjkFont.load(document);
        wrapper = new PdfTextWrapper(font);
    }

    @AfterAll
    static void close() throws Exception {
        font.close();
        document.close();
    }

    @Test
    void linesFitTheWidthAndKeepEveryCharacter() {
        String text = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 "
                + "d864ba0a10f903d7a166b481153cd7b528469e732bb7c6bdf490e142c39433f1";
        for (float width : new float[]{30f, 61f, 150f, 400f}) {
            List<String> lines = wrapper.wrap(text, 9f, width);
            assertThat(lines).allSatisfy(l -> assertThat(wrapper.width(l, 9f)).isLessThanOrEqualTo(width));
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
        List<String> lines = wrapper.wrap("报告本身错误（已确认），解析错误（已更正）。", 9f, 9f * 6.5f);
        assertThat(lines).noneMatch(l -> l.startsWith("，") || l.startsWith("）") || l.startsWith("。"));
        assertThat(lines).noneMatch(l -> l.endsWith("（"));
    }

    @Test
    void ruleIdsBreakAtTheirParts() {
        assertThat(PdfTextWrapper.units("review_litigation.total 96.6252"))
                .containsExactly("review_", "litigation.", "total", " ", "96.6252");
    }

    @Test
    void keepsLineBreaksAndReplacesWhatTheFontCannotShow() {
        assertThat(wrapper.wrap("第一行\n第二行", 9f, 500f)).containsExactly("第一行", "第二行");
        assertThat(wrapper.displayable("a\tb\u0007c\uD83D\uDE00")).isEqualTo("a bc?");
    }
}
