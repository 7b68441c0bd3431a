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

    /** The level of a body as its name shows it, for the examiner's worklist. */
    public enum Level { PROVINCE, CITY, COUNTY, TOWNSHIP, DEPARTMENT, UNKNOWN }

    private static final Pattern TOWNSHIP = Pattern.compile("(镇|乡|苏木|街道)(人民政府|政府|办事处)$|街道办事处$");
    private static final Pattern COUNTY = Pattern.compile("(县|旗|(?<!自治)区|县级市)(人民)?政府$");
    private static final Pattern CITY = Pattern.compile("(市|州|盟)(人民政府|政府|行政公署)$");
    private static final Pattern PROVINCE = Pattern.compile("(省|自治区)(人民)?政府$");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "(局|委员会|委|办公室|办|厅|中心|院|所|署|队|站|馆|会|社|处|部)$");

    private OrganNames() {
    }

    /** Province, city, county, township or department, where the name shows it; UNKNOWN otherwise. */
    public static Level level(String organ) {
        String name = key(organ);
        if (name.isEmpty()) {
            return Level.UNKNOWN;
        }
        if (TOWNSHIP.matcher(name).find()) {
            return Level.TOWNSHIP;
        }
        if (COUNTY.matcher(name).find()) {
            return Level.COUNTY;
        }
        if (PROVINCE.matcher(name).find()) {
            return Level.PROVINCE;
        }
        if (CITY.matcher(name).find()) {
            return Level.CITY;
        }
        return DEPARTMENT.matcher(name).find() ? Level.DEPARTMENT : Level.UNKNOWN;
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
