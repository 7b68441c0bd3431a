package nianbao.format;

import java.util.List;

/**
 * One of the six sections: its number, canonical title and the reworded titles seen in real reports (accepted, and
 * reported as {@code structure.heading}).
 */
public record SectionSpec(int number, String title, List<String> variants) {
    public SectionSpec {
        variants = List.copyOf(variants);
    }

    public static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    public String canonicalHeading() {
        return NUMERALS[number] + "、" + title;
    }
}
