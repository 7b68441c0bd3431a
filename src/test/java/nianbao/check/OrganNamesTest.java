package nianbao.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same organ across years by name: punctuation and a leading higher-level place are not part of it. */
class OrganNamesTest {
    @Test
    void theSameOrganUnderItsTwoNameForms() {
        assertThat(OrganNames.same("洪泽区人民政府", "淮安市洪泽区人民政府")).isTrue();
        assertThat(OrganNames.same("淮安市洪泽区人民政府", "江苏省淮安市洪泽区人民政府")).isTrue();
        assertThat(OrganNames.same("安阳县人民政府", "河南省安阳市安阳县人民政府")).isTrue();
        assertThat(OrganNames.same("沭阳县发展和改革局", "宿迁市 沭阳县发展和改革局")).isTrue();
        assertThat(OrganNames.same("阜新蒙古族自治县人民政府", "辽宁省阜新市阜新蒙古族自治县人民政府")).isTrue();
        assertThat(OrganNames.same("后新秋镇人民政府", "阜新蒙古族自治县后新秋镇人民政府")).isTrue();
        assertThat(OrganNames.same("丹霞市人力资源和社会保障局", "丹霞市人力资源和社会保障局（丹霞市医疗保障局）".replace("（丹霞市医疗保障局）", "")))
                .isTrue();
        assertThat(OrganNames.same("安阳县人民政府", "安阳县人民政府 ")).isTrue();
        assertThat(OrganNames.same("ＡＢ县人民政府", "AB县人民政府")).isTrue();
    }

    @Test
    void differentOrgansAreNotTheSame() {
        assertThat(OrganNames.same("安阳县人民政府", "安阳市人民政府")).isFalse();
        assertThat(OrganNames.same("丹霞市人力资源和社会保障局", "鹤鸣县人力资源和社会保障局")).isFalse();
        // a name without a place of its own matches only itself
        assertThat(OrganNames.same("人力资源和社会保障局", "丹霞市人力资源和社会保障局")).isFalse();
        assertThat(OrganNames.same("洪泽区人民政府", "淮安市洪泽区人民政府办公室")).isFalse();
        assertThat(OrganNames.same("淮安市人民政府", "淮安市洪泽区人民政府")).isFalse();
        // what is in front must be places: 某某公司 is not
        assertThat(OrganNames.same("洪泽区人民政府", "某某公司洪泽区人民政府")).isFalse();
        assertThat(OrganNames.same(null, "安阳县人民政府")).isFalse();
        assertThat(OrganNames.same("", "")).isFalse();
    }

    @Test
    void theLevelIsReadFromTheName() {
        assertThat(OrganNames.level("江苏省人民政府")).isEqualTo(OrganNames.Level.PROVINCE);
        assertThat(OrganNames.level("广西壮族自治区人民政府")).isEqualTo(OrganNames.Level.PROVINCE);
        assertThat(OrganNames.level("淮安市人民政府")).isEqualTo(OrganNames.Level.CITY);
        assertThat(OrganNames.level("延边朝鲜族自治州人民政府")).isEqualTo(OrganNames.Level.CITY);
        assertThat(OrganNames.level("淮安市洪泽区人民政府")).isEqualTo(OrganNames.Level.COUNTY);
        assertThat(OrganNames.level("阜新蒙古族自治县人民政府")).isEqualTo(OrganNames.Level.COUNTY);
        assertThat(OrganNames.level("后新秋镇人民政府")).isEqualTo(OrganNames.Level.TOWNSHIP);
        assertThat(OrganNames.level("淮安市清江浦区柳树湾街道办事处")).isEqualTo(OrganNames.Level.TOWNSHIP);
        assertThat(OrganNames.level("沭阳县发展和改革局")).isEqualTo(OrganNames.Level.DEPARTMENT);
        assertThat(OrganNames.level("安阳县人民政府办公室")).isEqualTo(OrganNames.Level.DEPARTMENT);
        assertThat(OrganNames.level("某某")).isEqualTo(OrganNames.Level.UNKNOWN);
        assertThat(OrganNames.level(null)).isEqualTo(OrganNames.Level.UNKNOWN);
    }
}
