package nianbao.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormLayoutsTest {
    @Test
    void aGroupLabelKeepsItsOrdinalWholeAndStacksTheRestInTwos() {
        assertThat(FormLayouts.groupStacked("（三）不予公开")).isEqualTo("（三）\n不予\n公开");
        assertThat(FormLayouts.groupStacked("三、本年度办理结果")).isEqualTo("三、\n本年\n度办\n理结\n果");
        assertThat(FormLayouts.groupStacked("（四）无法提供")).doesNotContain("（四\n");
        assertThat(FormLayouts.groupStacked("行政复议")).isEqualTo("行政\n复议");
    }

    @Test
    void aNarrowColumnTitleBreaksEveryFewCharacters() {
        assertThat(FormLayouts.stacked("社会公益组织", 4)).isEqualTo("社会公益\n组织");
    }
}
