package nianbao.check;

import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * text.damaged: bytes of the file that are not valid text were read as U+FFFD (a damaged download or copy); the
 * report is read, but the examiner is told where, since a damaged byte may have been a digit.
 */
public final class DamagedTextRule implements Rule {
    public static final String ID = "text.damaged";
    private static final int NAMED = 5;
    private static final int CONTEXT = 8;

    @Override
    public void check(Report report, List<Finding> out) {
        String text = report.text();
        // only decoded text: a PDF's U+FFFD is a glyph its font does not map, not a damaged byte
        boolean decoded = "txt".equals(report.sourceFormat()) || "html".equals(report.sourceFormat());
        if (!decoded || text == null || text.indexOf('\ufffd') < 0) {
            return;
        }
        List<String> places = new ArrayList<>();
        int count = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\ufffd') {
                count++;
                if (places.size() < NAMED) {
                    int end = text.indexOf('\n', i);
                    String context = text.substring(Math.max(lineStart, i - CONTEXT),
                            Math.min(end < 0 ? text.length() : end, i + CONTEXT + 1)).strip();
                    places.add("第" + line + "行“" + context + "”");
                }
            }
        }
        String message = "文件中有" + count + "处无法识别的字节（显示为�），可能是文件下载或复制时损坏，请对照原件核实："
                + String.join("；", places) + (count > places.size() ? "等" : "");
        out.add(new Finding(ID, Severity.WARNING, null, null, null, message, List.of()));
    }
}
