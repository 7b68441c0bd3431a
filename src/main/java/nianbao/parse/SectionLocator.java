package nianbao.parse;

import nianbao.extract.SourceLine;
import nianbao.format.FormatSpec;
import nianbao.format.Labels;
import nianbao.format.SectionSpec;
import nianbao.model.Section;
import nianbao.model.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of the six sections by their wording (canonical or a known variant), whatever their numbering
 * (一、 / 5、 / ## 二、). A line is a heading only if, after its number, it is the section title and little else, so
 * table rows such as 四、结转下年度继续办理 are never taken for headings.
 */
final class SectionLocator {
    private static final Pattern NUMBERED =
            Pattern.compile("^#*\\s*(?:([一二三四五六])[、.．,，]?|([1-6])[、.．,，])\\s*(.*)$");
    private static final int SLACK = 4;

    /** A heading found on a line. */
    record Hit(SectionSpec spec, Section section, int line) {
    }

    private SectionLocator() {
    }

    private static int strippedLength(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    static List<Hit> locate(List<SourceLine> lines, FormatSpec format) {
        List<Hit> hits = new ArrayList<>();
        for (SourceLine line : lines) {
            int length = strippedLength(line.text());
            if (length == 0 || length > 60) {
                continue; // a heading is a short line: long lines are not copied to find that out
            }
            String stripped = line.text().strip();
            Matcher m = NUMBERED.matcher(stripped);
            if (!m.matches()) {
                continue;
            }
            String printedNumber = m.group(1) != null ? m.group(1) : m.group(2);
            String rest = Labels.normalize(m.group(3));
            for (SectionSpec spec : format.sections()) {
                Boolean canonicalWording = matchTitle(spec, rest);
                if (canonicalWording != null) {
                    boolean canonicalNumber = m.group(1) != null
                            && printedNumber.equals(SectionSpec.NUMERALS[spec.number()]);
                    int lead = line.text().indexOf(stripped);
                    Span span = new Span(line.start() + lead, line.start() + lead + stripped.length());
                    String heading = stripped.replaceFirst("^#+\\s*", "");
                    hits.add(new Hit(spec, new Section(spec.number(), heading, span,
                            canonicalWording && canonicalNumber), line.index()));
                    break;
                }
            }
        }
        return hits;
    }

    /** Normalised title (first) and variants per section spec, cached by identity. */
    private static final Map<SectionSpec, List<String>> TITLES = Collections.synchronizedMap(new IdentityHashMap<>());

    private static List<String> titles(SectionSpec spec) {
        return TITLES.computeIfAbsent(spec, s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.title()),
                s.variants().stream()).map(Labels::normalize).toList());
    }

    /** TRUE for the canonical title, FALSE for a known variant, null when the text is not this section's title. */
    private static Boolean matchTitle(SectionSpec spec, String rest) {
        List<String> titles = titles(spec);
        String title = titles.get(0);
        if (rest.startsWith(title) && rest.length() <= title.length() + SLACK) {
            return rest.equals(title) ? Boolean.TRUE : Boolean.FALSE;
        }
        for (String v : titles.subList(1, titles.size())) {
            if (rest.startsWith(v) && rest.length() <= v.length() + SLACK) {
                return Boolean.FALSE;
            }
        }
        return null;
    }
}
