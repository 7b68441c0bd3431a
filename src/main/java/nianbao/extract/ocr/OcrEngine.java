package nianbao.extract.ocr;

import ai.onnxruntime.OrtException;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page image on this machine, offline: straightens it, finds its text (DB) and reads every box (CRNN), and
 * finds its table's vertical rules. Each word keeps its box and the probability of its least certain character. A short
 * box of digits and digit-like letters is a table's value: it is read through digits only, and when that differs from
 * the free reading (a 0 seen as {@code o} or {@code Q}) it is at most half sure, so that the value is flagged, never
 * silently taken.
 * The models load once per process.
 */
public final class OcrEngine {

    /** A word read, in the pixels of the straightened page. */
    public record Word(String text, int x, int y, int width, int height, double confidence) {
    }

    /** A vertical rule of the straightened page, in its pixels. */
    public record Rule(double x, int top, int bottom) {
    }

    /** What a page holds: its words and rules, and the angle it was turned by to straighten it. */
    public record Page(List<Word> words, List<Rule> rules, double skewDegrees, int width, int height) {
    }

    private static final OcrEngine SHARED = new OcrEngine();

    private OcrEngine() {
    }

    public static OcrEngine shared() {
        return SHARED;
    }

    /**
     * Reads one page image; {@code dpi} is its resolution (rules shorter than about a third of an inch are not table
     * borders).
     *
     * @throws IllegalStateException when the OCR models cannot run on this machine
     */
    public Page read(BufferedImage image, double dpi) {
        OcrModels models = OcrModels.get();
        GreyImage grey = GreyImage.of(image);
        double skew = Deskew.angle(grey);
        GreyImage page = Deskew.straightened(grey, skew);
        try {
            List<Rectangle> boxes = new TextDetector(models).detect(page);
            List<GreyImage> crops = new ArrayList<>(boxes.size());
            for (Rectangle b : boxes) {
                crops.add(page.crop(b.x, b.y, b.width, b.height));
            }
            TextRecognizer recognizer = new TextRecognizer(models);
            List<TextRecognizer.Reading> readings = recognizer.recognizeAll(crops);
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                Word word = word(boxes.get(i), readings.get(i));
                if (word != null) {
                    words.add(word);
                }
            }
            List<RuleFinder.Rule> found = RuleFinder.vertical(page, (int) Math.round(dpi / 3));
            words.addAll(EmptyCells.read(page, words, found, recognizer));
            List<Rule> rules = new ArrayList<>();
            for (RuleFinder.Rule r : found) {
                rules.add(new Rule(r.x(), r.top(), r.bottom()));
            }
            return new Page(words, rules, skew, page.width(), page.height());
        } catch (OrtException e) {
            throw new IllegalStateException("OCR failed: " + e.getMessage(), e);
        }
    }

    /**
     * The page as {@link #read} sees it, in colour: turned straight by the same skew, so the boxes of its words fit it
     * (for showing the page beside the tables; no recognition runs).
     */
    public static BufferedImage straightened(BufferedImage image) {
        double skew = Deskew.angle(GreyImage.of(image));
        if (skew == 0) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, java.awt.geom.AffineTransform.getRotateInstance(-Math.toRadians(skew),
                    image.getWidth() / 2.0, image.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** What a box was read as; null when nothing was. */
    private static Word word(Rectangle b, TextRecognizer.Reading reading) {
        String text = reading.text().strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!isValueLike(text)) {
            String digits = trimmedDigits(reading.digits());
            if (text.length() <= SPECK_LENGTH && reading.confidence() < SPECK_CONFIDENCE && !digits.isEmpty()) {
                // a character or two the recogniser can hardly read as anything: likelier a faint digit of a value
                // than a word, so read as digits, and at most half sure (the examiner is asked either way)
                return new Word(digits, b.x, b.y, b.width, b.height, Math.min(reading.digitConfidence(), 0.5));
            }
            return new Word(text, b.x, b.y, b.width, b.height, reading.confidence());
        }
        String digits = trimmedDigits(reading.digits());
        if (!digits.isEmpty()) {
            // a short box of digits and look-alikes is a value: read as digits, and as sure as that
            return new Word(digits, b.x, b.y, b.width, b.height,
                    Math.min(reading.digitConfidence(), sameDigits(text).equals(digits) ? 1 : 0.5));
        }
        String lookalikes = trimmedDigits(lookalikesAsDigits(text));
        if (!lookalikes.isEmpty()) {
            // read as letters only (o for 0): the digits they look like, and at most half sure
            return new Word(lookalikes, b.x, b.y, b.width, b.height, Math.min(reading.confidence(), 0.5));
        }
        return new Word(text, b.x, b.y, b.width, b.height, reading.confidence());
    }

    /**
     * A short reading of digits and of letters that look like digits only (o Q D for 0, l I L for 1, Z for 2, S for 5,
     * b G for 6, B for 8, g q for 9): the value of a table's cell, perhaps with a digit read as a letter. A speck read
     * as some other letter stays what it is.
     */
    static boolean isValueLike(String text) {
        if (text.isEmpty() || text.length() > MAX_VALUE_LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (DIGIT_LIKE.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The letters and signs written as the same ring as 0 (o O 〇 ○ and their full-width forms). */
    static final String RINGS = "oO〇○ｏＯ";

    /**
     * The digit a character writes when it is one in all but name — a full-width digit, or a ring for 0 — else the
     * character itself.
     */
    static char sameDigit(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        return RINGS.indexOf(c) >= 0 ? '0' : c;
    }

    /** The text with every such character as its digit (a value read as {@code 1o} is 10, and as sure as its digits). */
    static String sameDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(sameDigit(text.charAt(i)));
        }
        return out.toString();
    }

    /** The digits that letters like o, l, S stand for in a value. */
    static String lookalikesAsDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = "oOQD〇lIL|iZzSsbGBgq".indexOf(c);
            out.append(at < 0 ? c : "0000011111225566899".charAt(at));
        }
        return out.toString();
    }

    /** A value without the separators a speck beside it was read as ({@code 0.}, {@code ,12}). */
    static String trimmedDigits(String digits) {
        int start = 0;
        int end = digits.length();
        while (start < end && ",.".indexOf(digits.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ",.".indexOf(digits.charAt(end - 1)) >= 0) {
            end--;
        }
        return digits.substring(start, end);
    }

    private static final String DIGIT_LIKE = "0123456789０１２３４５６７８９oOQD〇○ｏＯlIL|iZzSsbGBgq-—/,.，．";
    private static final int MAX_VALUE_LENGTH = 10;
    /** A reading this short and this unsure is a speck, not a word. */
    private static final int SPECK_LENGTH = 2;
    private static final double SPECK_CONFIDENCE = 0.3;
}
