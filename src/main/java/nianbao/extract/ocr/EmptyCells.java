package nianbao.extract.ocr;

import ai.onnxruntime.OrtException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The cells of a ruled table in which the text finder saw nothing, each looked at on its own: the detector misses a
 * lone small {@code 0} now and then, and a cell left empty where the grid has a value must not become a silent blank.
 * The rows are the lines of words found (a table row's label or values), the columns the vertical rules that cross
 * them; a cell with ink in it is read through digits only, and is never more than half sure.
 */
final class EmptyCells {
    private static final int DARK = 128;
    private static final int INSET = 4;
    private static final double MAX_SURE = 0.5;

    private EmptyCells() {
    }

    static List<OcrEngine.Word> read(GreyImage page, List<OcrEngine.Word> words, List<RuleFinder.Rule> rules,
                                     TextRecognizer recognizer) throws OrtException {
        List<int[]> cells = new ArrayList<>(); // x0, y0, x1, y1
        for (int[] band : bands(words)) {
            if (!holdsValue(words, band)) {
                continue; // a line of labels only (a label's second line, a header): no value is missing there
            }
            List<RuleFinder.Rule> crossing = rules.stream()
                    // a rule that runs down most of the line (rules of a scan break at each row's border)
                    .filter(r -> Math.min(r.bottom(), band[1]) - Math.max(r.top(), band[0]) >= 0.6 * (band[1] - band[0]))
                    .sorted(Comparator.comparingDouble(RuleFinder.Rule::x)).toList();
            for (int i = 0; i + 1 < crossing.size(); i++) {
                int x0 = (int) Math.ceil(crossing.get(i).x()) + INSET;
                int x1 = (int) Math.floor(crossing.get(i + 1).x()) - INSET;
                if (x1 - x0 < 6 || holdsWord(words, x0, x1, band) || !hasInk(page, x0, band[0], x1, band[1])) {
                    continue;
                }
                int[] ink = inkBox(page, x0, band[0], x1, band[1]);
                if (!overlapsWord(words, ink)) {
                    cells.add(ink); // ink of a word read already (a value of the line above) is not read twice
                }
            }
        }
        List<GreyImage> crops = new ArrayList<>(cells.size());
        for (int[] c : cells) {
            crops.add(page.crop(c[0], c[1], c[2] - c[0], c[3] - c[1]));
        }
        List<TextRecognizer.Reading> readings = recognizer.recognizeAll(crops);
        List<OcrEngine.Word> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String digits = OcrEngine.trimmedDigits(readings.get(i).digits());
            // only what reads as a value freely too: a header's Chinese read through digits would be made-up numbers
            if (!digits.isEmpty() && OcrEngine.isValueLike(readings.get(i).text().strip())) {
                int[] c = cells.get(i);
                out.add(new OcrEngine.Word(digits, c[0], c[1], c[2] - c[0], c[3] - c[1],
                        Math.min(MAX_SURE, readings.get(i).digitConfidence())));
            }
        }
        return out;
    }

    /** The vertical extent of each line of words (words overlapping by half their height are one line). */
    private static List<int[]> bands(List<OcrEngine.Word> words) {
        List<OcrEngine.Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(w -> w.y() + w.height() / 2));
        List<int[]> bands = new ArrayList<>();
        for (OcrEngine.Word w : sorted) {
            int[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            int top = w.y();
            int bottom = w.y() + w.height();
            if (last != null && Math.min(last[1], bottom) - Math.max(last[0], top) >= 0.5 * Math.min(last[1] - last[0],
                    bottom - top)) {
                last[0] = Math.min(last[0], top);
                last[1] = Math.max(last[1], bottom);
            } else {
                bands.add(new int[]{top, bottom});
            }
        }
        return bands;
    }

    /** Whether a value (digits) was read on the line. */
    private static boolean holdsValue(List<OcrEngine.Word> words, int[] band) {
        for (OcrEngine.Word w : words) {
            int cy = w.y() + w.height() / 2;
            if (cy >= band[0] && cy <= band[1] && !w.text().isEmpty() && OcrEngine.isValueLike(w.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsWord(List<OcrEngine.Word> words, int[] box) {
        for (OcrEngine.Word w : words) {
            if (w.x() < box[2] && w.x() + w.width() > box[0] && w.y() < box[3] && w.y() + w.height() > box[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsWord(List<OcrEngine.Word> words, int x0, int x1, int[] band) {
        for (OcrEngine.Word w : words) {
            int cx = w.x() + w.width() / 2;
            int cy = w.y() + w.height() / 2;
            if (cx >= x0 - INSET && cx <= x1 + INSET && cy >= band[0] && cy <= band[1]) {
                return true;
            }
        }
        return false;
    }

    /** The box around the dark pixels of a cell, with a margin: what is read, at the size the recogniser wants. */
    private static int[] inkBox(GreyImage page, int x0, int y0, int x1, int y1) {
        int minX = x1;
        int minY = y1;
        int maxX = x0;
        int maxY = y0;
        for (int y = Math.max(0, y0); y < Math.min(page.height(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(page.width(), x1); x++) {
                if (page.pixel(x, y) < DARK) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        int margin = Math.max(3, (maxY - minY) / 5);
        return new int[]{Math.max(x0, minX - margin), Math.max(y0, minY - margin), Math.min(x1, maxX + margin + 1),
                Math.min(y1, maxY + margin + 1)};
    }

    /** Whether the cell holds more dark pixels than a speck of dust: a stroke of a digit at least. */
    private static boolean hasInk(GreyImage page, int x0, int y0, int x1, int y1) {
        int dark = 0;
        for (int y = Math.max(0, y0); y < Math.min(page.height(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(page.width(), x1); x++) {
                if (page.pixel(x, y) < DARK) {
                    dark++;
                }
            }
        }
        int height = Math.max(1, y1 - y0);
        return dark >= Math.max(12, height);
    }
}
