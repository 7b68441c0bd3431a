package nianbao.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What every reader hands to the parser: the document's text, split into lines that keep their offsets, the kind of
 * file it came from ({@code pdf | docx | html | txt}) and, for a PDF, the vertical lines its pages draw.
 */
public record SourceDocument(String format, String text, List<SourceLine> lines, List<Ruling> rulings) {
    public SourceDocument {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }

    public SourceDocument(String format, String text, List<SourceLine> lines) {
        this(format, text, lines, List.of());
    }

    /** Splits text into lines on \n, \r\n or \r, keeping each line's start offset. */
    public static SourceDocument ofText(String format, String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                nianbao.model.WorkBudget.checkpoint();
                lines.add(new SourceLine(lines.size(), start, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) {
            lines.add(new SourceLine(lines.size(), start, text.substring(start)));
        }
        return new SourceDocument(format, text, lines);
    }
}
