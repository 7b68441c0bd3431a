package nianbao.check;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The same organ across years, by its name (format.md, "Across years"): whitespace and punctuation dropped, and a
 * leading higher-level place name optional — 洪泽区人民政府 is 淮安市洪泽区人民政府 and 江苏省淮安市洪泽区人民政府. A
 * name that names no place of its own (人力资源和社会保障局) matches only itself, so two cities' bureaus are never
 * taken for one.
 */
public final class OrganNames {
    private static final Pattern NOT_NAME = Pattern.compile("[\\s\\p{P}\\p{S}]+");
    /** One or more place names, each ending with its level: 江苏省, 淮安市, 洪泽区, 阿拉善盟, 延边朝鲜族自治州 … */
    private static final Pattern PLACES = Pattern.compile(
            "(\\p{IsHan}{1,12}?(特别行政区|自治区|自治州|自治县|自治旗|省|市|州|地区|盟|县|区|旗))+");
    /** A name that begins with a place of its own (a place, then more). */
    private static final Pattern OWN_PLACE = Pattern.compile(
            "\\p{IsHan}{1,12}?(自治区|自治州|自治县|自治旗|省|市|州|地区|盟|县|区|旗|镇|乡|街道)\\p{IsHan}+");

    private OrganNames() {
    }

    /** The name as compared: NFKC, without whitespace and punctuation; "" for none. */
    public static String key(String organ) {
        if (organ == null) {
            return "";
        }
        return NOT_NAME.matcher(Normalizer.normalize(organ, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** Whether two reports' organ names name the same organ. */
    public static boolean same(String a, String b) {
        String x = key(a);
        String y = key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.endsWith(shorter) && OWN_PLACE.matcher(shorter).matches()
                && PLACES.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }
}
