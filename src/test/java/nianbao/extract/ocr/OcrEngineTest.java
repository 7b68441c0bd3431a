package nianbao.extract.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the OCR's readings of a box become a value: which readings look like one, and what they stand for. */
class OcrEngineTest {
    @Test
    void digitsLettersThatLookLikeThemAndTheirFullWidthFormsLookLikeAValue() {
        assertThat(OcrEngine.isValueLike("120")).isTrue();
        assertThat(OcrEngine.isValueLike("1o")).isTrue();
        assertThat(OcrEngine.isValueLike("１２")).isTrue();
        assertThat(OcrEngine.isValueLike("○")).isTrue();
        assertThat(OcrEngine.isValueLike("12345678901")).as("too long for a cell").isFalse();
        assertThat(OcrEngine.isValueLike("结果")).isFalse();
        assertThat(OcrEngine.isValueLike("")).isFalse();
    }

    @Test
    void aRingAndAFullWidthDigitAreTheDigitItself() {
        assertThat(OcrEngine.sameDigits("1o")).isEqualTo("10");
        assertThat(OcrEngine.sameDigits("〇")).isEqualTo("0");
        assertThat(OcrEngine.sameDigits("Ｏ○ｏ")).isEqualTo("000");
        assertThat(OcrEngine.sameDigits("２０２３")).isEqualTo("2023");
        assertThat(OcrEngine.sameDigits("l")).as("a 1 read as l stays a letter: a rule or a speck may be one").isEqualTo("l");
    }

    @Test
    void lookAlikeLettersStandForTheirDigits() {
        assertThat(OcrEngine.lookalikesAsDigits("lO")).isEqualTo("10");
        assertThat(OcrEngine.lookalikesAsDigits("S8")).isEqualTo("58");
        assertThat(OcrEngine.lookalikesAsDigits("B")).isEqualTo("8");
    }

    @Test
    void separatorsReadFromSpecksBesideAValueAreDropped() {
        assertThat(OcrEngine.trimmedDigits("0.")).isEqualTo("0");
        assertThat(OcrEngine.trimmedDigits(",12")).isEqualTo("12");
        assertThat(OcrEngine.trimmedDigits("42.16")).isEqualTo("42.16");
        assertThat(OcrEngine.trimmedDigits(".,")).isEmpty();
    }
}
