package nianbao.extract.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of one box (a line or a cell) with the CRNN recognition network: the crop is scaled to the
 * network's height, the network gives each step a probability per character, and the best path is collapsed by the
 * CTC rule (repeats merged, blanks dropped). Each character keeps the probability it was read with.
 */
final class TextRecognizer {
    static final int HEIGHT = 48;
    private static final int MAX_WIDTH = 2400;

    private final OcrModels models;

    TextRecognizer(OcrModels models) {
        this.models = models;
    }

    /**
     * A text read, with each character's probability (the lowest one is how sure the reading is), and the same box
     * read as digits only — the best path through digits, signs and the blank marks of a table — for a box that turns
     * out to hold a value.
     */
    record Reading(String text, double[] confidences, String digits, double[] digitConfidences) {
        Reading(String text, double[] confidences) {
            this(text, confidences, "", new double[0]);
        }

        double confidence() {
            return lowest(confidences);
        }

        double digitConfidence() {
            return lowest(digitConfidences);
        }

        private static double lowest(double[] values) {
            double min = 1;
            for (double c : values) {
                min = Math.min(min, c);
            }
            return values.length == 0 ? 0 : min;
        }
    }

    /**
     * Reads many boxes: each is scaled to the network's height, and boxes of about the same width go through the
     * network together, padded (with 0 after normalising, as the network was trained) to the widest of their batch.
     */
    List<Reading> recognizeAll(List<GreyImage> crops) throws OrtException {
        Reading[] out = new Reading[crops.size()];
        List<Integer> order = new ArrayList<>();
        int[] widths = new int[crops.size()];
        GreyImage[] scaled = new GreyImage[crops.size()];
        for (int i = 0; i < crops.size(); i++) {
            GreyImage crop = crops.get(i);
            if (crop.width() < 2 || crop.height() < 2) {
                out[i] = new Reading("", new double[0]);
                continue;
            }
            widths[i] = Math.max(HEIGHT / 2,
                    Math.min(MAX_WIDTH, (int) Math.round((double) HEIGHT * crop.width() / crop.height())));
            scaled[i] = crop.resized(widths[i], HEIGHT);
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingInt(i -> widths[i]));
        List<List<Integer>> batches = new ArrayList<>();
        int from = 0;
        while (from < order.size()) {
            int to = from + 1;
            // a batch holds boxes up to WIDTH_SPREAD times as wide as its narrowest (the network's work grows with
            // the padded width), at most BATCH of them
            while (to < order.size() && to - from < BATCH && widths[order.get(to)] <= widths[order.get(from)] * WIDTH_SPREAD + 8) {
                to++;
            }
            batches.add(order.subList(from, to));
            from = to;
        }
        // the widest batches first, so that the lanes finish together
        batches.sort(java.util.Comparator.comparingInt((List<Integer> batch) -> -batch.size() * widths[batch.get(batch.size() - 1)]));
        List<java.util.concurrent.Future<?>> running = new ArrayList<>(batches.size());
        for (List<Integer> batch : batches) {
            running.add(models.lanes.submit(() -> {
                List<Reading> read = run(batch.stream().map(i -> scaled[i]).toList(), widths[batch.get(batch.size() - 1)]);
                for (int k = 0; k < batch.size(); k++) {
                    out[batch.get(k)] = read.get(k);
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> batch : running) {
            awaitBatch(batch, running);
        }
        return List.of(out);
    }

    private static final int BATCH = 32;

    /** Waits for a batch; if it failed, or this thread is interrupted, the batches not yet run are dropped. */
    private static void awaitBatch(java.util.concurrent.Future<?> batch, List<java.util.concurrent.Future<?>> all)
            throws OrtException {
        try {
            batch.get();
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(false));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("OCR interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            all.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof OrtException ort) {
                throw ort;
            }
            throw new IllegalStateException("OCR failed: " + e.getCause(), e.getCause());
        }
    }
    private static final double WIDTH_SPREAD = 1.1;

    private List<Reading> run(List<GreyImage> images, int width) throws OrtException {
        int n = images.size();
        FloatBuffer input = FloatBuffer.allocate(n * 3 * width * HEIGHT);
        for (GreyImage image : images) {
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < HEIGHT; y++) {
                    for (int x = 0; x < width; x++) {
                        // past its own width a box is padded with 0 after normalising, as the network was trained
                        input.put(x < image.width() ? (image.pixel(x, y) / 255f - 0.5f) / 0.5f : 0f);
                    }
                }
            }
        }
        input.rewind();
        String name = models.recognition.getInputNames().iterator().next();
        List<Reading> out = new ArrayList<>(n);
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, input, new long[]{n, 3, HEIGHT, width});
             OrtSession.Result result = models.recognition.run(Map.of(name, tensor))) {
            OnnxTensor probabilities = (OnnxTensor) result.get(0);
            long[] shape = probabilities.getInfo().getShape(); // n, steps, classes
            int steps = (int) shape[1];
            int classes = (int) shape[2];
            FloatBuffer all = probabilities.getFloatBuffer(); // one copy, not an array per step
            float[] one = new float[steps * classes];
            for (int i = 0; i < n; i++) {
                all.get(one);
                out.add(decode(one, steps, classes));
            }
        }
        return out;
    }

    /** The CTC best path through every class, and through digits only, in one pass over the steps. */
    private Reading decode(float[] probabilities, int steps, int classes) {
        boolean[] allowed = digitClasses();
        Path free = new Path();
        Path digits = new Path();
        for (int t = 0; t < steps; t++) {
            int base = t * classes;
            int best = 0;
            int bestDigit = -1;
            float bestDigitP = 0;
            for (int k = 1; k < classes; k++) {
                float p = probabilities[base + k];
                if (p > probabilities[base + best]) {
                    best = k;
                }
                if (k < allowed.length && allowed[k]) {
                    float asDigit = p + twinsOf(k, probabilities, base);
                    if (bestDigit < 0 || asDigit > bestDigitP) {
                        bestDigit = k;
                        bestDigitP = asDigit;
                    }
                }
            }
            free.step(best, probabilities[base + best]);
            // where the free path reads a character, the likeliest digit (or sign) stands for it
            int digit = best == 0 || bestDigit < 0 ? 0 : (best < allowed.length && allowed[best] ? best : bestDigit);
            // how sure the digit is, given that a character stands here (the free path read one): the chance of the
            // blank at this step says where the character is, not which it is
            float present = Math.max(1e-6f, 1 - probabilities[base]);
            digits.step(digit, Math.min(1f, (probabilities[base + digit] + twinsOf(digit, probabilities, base)) / present));
        }
        return new Reading(free.text.toString(), free.confidences(), digits.text.toString(), digits.confidences());
    }

    /** A CTC path being collapsed: repeats merged, blanks dropped, each character's best probability kept. */
    private final class Path {
        final StringBuilder text = new StringBuilder();
        final List<Double> confidences = new ArrayList<>();
        int previous = 0;

        /** The path's class at this step and its probability. */
        void step(int k, float probability) {
            if (k != 0 && k != previous && k < models.characters.size()) {
                text.append(models.characters.get(k));
                confidences.add((double) probability);
            } else if (k != 0 && k == previous && !confidences.isEmpty()) {
                int last = confidences.size() - 1;
                confidences.set(last, Math.max(confidences.get(last), probability));
            }
            previous = k;
        }

        double[] confidences() {
            return confidences.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private boolean[] digitClasses;
    /**
     * For each digit's class, the classes that write the same digit under another name (its full-width form; for 0
     * the rings o O 〇): the network's chances for them are the digit's, since the value is the same whichever it says.
     */
    private int[][] twins;

    /** The chance the network gives a digit's twins at one step (0 for a class that is not a digit). */
    private float twinsOf(int k, float[] probabilities, int base) {
        if (k <= 0 || k >= twins.length || twins[k] == null) {
            return 0;
        }
        float sum = 0;
        for (int twin : twins[k]) {
            sum += probabilities[base + twin];
        }
        return sum;
    }

    /** The classes a table's value can be written with: digits, a minus or dash, a slash, separators. */
    private boolean[] digitClasses() {
        if (digitClasses == null) {
            boolean[] allowed = new boolean[models.characters.size()];
            int[] digitClass = new int[10];
            java.util.Map<Character, List<Integer>> byDigit = new java.util.HashMap<>();
            for (int k = 1; k < allowed.length; k++) {
                String c = models.characters.get(k);
                allowed[k] = c.length() == 1 && "0123456789-—/,.".indexOf(c.charAt(0)) >= 0;
                if (c.length() == 1 && c.charAt(0) >= '0' && c.charAt(0) <= '9') {
                    digitClass[c.charAt(0) - '0'] = k;
                } else if (c.length() == 1 && OcrEngine.sameDigit(c.charAt(0)) != c.charAt(0)) {
                    byDigit.computeIfAbsent(OcrEngine.sameDigit(c.charAt(0)), d -> new ArrayList<>()).add(k);
                }
            }
            int[][] twinClasses = new int[allowed.length][];
            byDigit.forEach((d, classes) -> twinClasses[digitClass[d - '0']] =
                    classes.stream().mapToInt(Integer::intValue).toArray());
            twins = twinClasses;
            digitClasses = allowed;
        }
        return digitClasses;
    }
}
