package nianbao.format;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {
    @Test
    void everyCharacterTheFastPathTrustsIsLeftAsItIsByNfkcOrDroppedAnyway() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c) || !Labels.isStable(c)) {
                continue;
            }
            String alone = String.valueOf(c);
            String nfkc = Normalizer.normalize(alone, Normalizer.Form.NFKC);
            if (!nfkc.equals(alone)) {
                assertThat(Labels.isDropped(c)).as("U+%04X changes under NFKC", (int) c).isTrue();
                assertThat(nfkc.chars().allMatch(d -> Labels.isDropped((char) d)))
                        .as("U+%04X becomes %s under NFKC", (int) c, nfkc).isTrue();
            }
        }
    }

    @Test
    void normalisesFullWidthFormsDropsSpacesAndQuotesAndUnifiesTheEnumerationMark() {
        assertThat(Labels.normalize("（一）　主动公开")).isEqualTo("(一)主动公开");
        assertThat(Labels.normalize("1、 “申请” 情况")).isEqualTo("1.申请情况");
        assertThat(Labels.normalize("行政复议\n结果")).isEqualTo("行政复议结果");
        assertThat(Labels.normalize("⼀、总体情况")).isEqualTo("一、总体情况");
        assertThat(Labels.normalize("１２３")).isEqualTo("123");
    }

    @Test
    void theFastPathGivesWhatTheNormaliserWouldHaveGiven() {
        for (String label : new String[]{"二、主动公开政府信息情况", "第二十条第（五）项", "〔2021〕12号 — 《条例》",
                "三、收到和处理政府信息公开申请情况\t", "本年新收政府信息公开申请数量 · 合计"}) {
            StringBuilder viaNormaliser = new StringBuilder();
            String nfkc = Normalizer.normalize(label, Normalizer.Form.NFKC);
            for (int i = 0; i < nfkc.length(); i++) {
                char c = nfkc.charAt(i);
                if (!Labels.isDropped(c)) {
                    viaNormaliser.append(c == '、' && viaNormaliser.length() > 0
                            && Character.isDigit(viaNormaliser.charAt(viaNormaliser.length() - 1)) ? '.' : c);
                }
            }
            assertThat(Labels.normalize(label)).isEqualTo(viaNormaliser.toString());
        }
    }
}
