package nianbao.parse;

import nianbao.extract.SourceLine;
import nianbao.format.Labels;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who published the report and for which year: from the title (本机关 2021 年度政府信息公开工作报告, or 2021 年
 * 本机关政府信息公开工作年度报告, possibly split over lines or placed after the first heading), refined by the signature
 * at the end, or failing a title from the page's 来源 line and the first year in the text.
 */
final class TitleReader {
    private static final String NAME = "[\\p{IsHan}()（）]";
    private static final Pattern ORGAN_THEN_YEAR =
            Pattern.compile("(" + NAME + "{2,40}?)(20\\d{2})年度?(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告");
    private static final Pattern YEAR_THEN_ORGAN =
            Pattern.compile("(20\\d{2})年度?(" + NAME + "{2,40}?)(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告");
    private static final Pattern SOURCE = Pattern.compile("来源[:：]\\s*(" + NAME + "{2,40})");
    private static final Pattern ANY_YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern SIGNATURE = Pattern.compile(NAME + "{3,40}");
    private static final Pattern DATE = Pattern.compile("20\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
    private static final int TITLE_LINES = 12;
    /** Words that introduce the organ's name inside a sentence (现向社会公布XX局2023年度…报告). */
    private static final Pattern LEAD_IN = Pattern.compile(".*(公布|发布|印发|现将|报送|编制|根据|关于)");

    /** Organ and year as read; either may be null. */
    record Title(String organ, Integer year) {
    }

    private TitleReader() {
    }

    static Title read(List<SourceLine> lines, Set<Integer> headingLines) {
        String head = headText(lines, headingLines);
        String organ = null;
        Integer year = null;
        Matcher m = ORGAN_THEN_YEAR.matcher(head);
        int yearAt = head.indexOf("20");
        // a match names the organ in at most 40 characters before its year: nothing earlier can start one
        int organFirst = yearAt >= 0 && m.region(Math.max(0, yearAt - 40), head.length()).find()
                ? m.start() : Integer.MAX_VALUE;
        Matcher y = YEAR_THEN_ORGAN.matcher(head);
        int yearFirst = startBefore(y, head, Math.min(organFirst, head.length()));
        if (organFirst < yearFirst) {
            organ = m.group(1);
            year = Integer.valueOf(m.group(2));
        } else if (yearFirst != Integer.MAX_VALUE) {
            organ = y.group(2);
            year = Integer.valueOf(y.group(1));
        }
        if (organ != null) {
            organ = LEAD_IN.matcher(organ).replaceFirst("");
        }
        if (organ == null || organ.length() < 2) {
            organ = fromSource(lines);
        }
        String signature = signature(lines);
        if (signature != null && (organ == null || signature.startsWith(organ) && signature.length() > organ.length())) {
            organ = signature;
        }
        if (year == null) {
            year = firstYear(lines, headingLines);
        }
        return new Title(organ, year);
    }

    /**
     * Where {@link #YEAR_THEN_ORGAN} first matches, if it starts before {@code limit} (the other form's match, which
     * would win from there on), else {@code Integer.MAX_VALUE}. Only the places where a year begins are tried: the
     * same answer as {@code find()}, without trying the pattern at every character of the head.
     */
    private static int startBefore(Matcher y, String head, int limit) {
        for (int start = head.indexOf("20"); start >= 0 && start < limit; start = head.indexOf("20", start + 1)) {
            if (y.region(start, head.length()).lookingAt()) {
                return start;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The first lines, headings left out, run together without whitespace. */
    private static String headText(List<SourceLine> lines, Set<Integer> headingLines) {
        StringBuilder b = new StringBuilder();
        int taken = 0;
        for (SourceLine line : lines) {
            if (taken >= TITLE_LINES) {
                break;
            }
            if (line.text().isBlank() || headingLines.contains(line.index())) {
                continue;
            }
            b.append(Labels.normalize(line.text().replace("#", "")));
            taken++;
        }
        return b.toString();
    }

    private static String fromSource(List<SourceLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), TITLE_LINES); i++) {
            Matcher m = SOURCE.matcher(lines.get(i).text());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The organ's name alone on a line just above the closing date, as reports are signed. */
    private static String signature(List<SourceLine> lines) {
        for (int i = lines.size() - 1; i >= Math.max(1, lines.size() - 15); i--) {
            String text = lines.get(i).text().strip();
            if (!DATE.matcher(text).matches()) {
                continue;
            }
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                String candidate = Labels.normalize(lines.get(j).text());
                if (candidate.isEmpty()) {
                    continue;
                }
                if (SIGNATURE.matcher(candidate).matches()) {
                    return candidate;
                }
                break;
            }
            for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
                String candidate = Labels.normalize(lines.get(j).text());
                if (!candidate.isEmpty()) {
                    return SIGNATURE.matcher(candidate).matches() ? candidate : null;
                }
            }
            return null;
        }
        return null;
    }

    private static Integer firstYear(List<SourceLine> lines, Set<Integer> headingLines) {
        int firstHeading = headingLines.stream().min(Integer::compare).orElse(0);
        for (SourceLine line : lines) {
            if (line.index() < firstHeading) {
                continue;
            }
            Matcher m = ANY_YEAR.matcher(line.text());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }
}
