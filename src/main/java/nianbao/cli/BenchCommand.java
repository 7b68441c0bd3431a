package nianbao.cli;

import nianbao.extract.SourceDocument;
import nianbao.model.BadInputException;
import nianbao.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code bench [--iterations N] FILE...}: on a warm JVM (warm-up runs first, then N timed runs) times, per file,
 * parse+check of the extracted text, check alone, and the whole read+parse+check from the file's bytes; for a PDF
 * also PDFBox's own text extraction with positions in the same run, the floor the whole pipeline is compared with.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "测量解析和检查的耗时 (time parse+check and check alone, warm, per file).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--iterations", paramLabel = "N", defaultValue = "50",
            description = "计时次数 (timed iterations), default ${DEFAULT-VALUE}")
    int iterations;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "20",
            description = "预热次数 (warm-up iterations before timing), default ${DEFAULT-VALUE}")
    int warmup;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "年报文件 (report files)")
    List<String> files;

    @ParentCommand
    NianbaoCommand root;

    @Spec
    CommandSpec spec;

    /** Keeps the timed results observable so the JIT cannot drop the work being timed. */
    private long sink;

    @Override
    public Integer call() {
        if (iterations < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--iterations must be >= 1 and --warmup >= 0");
        }
        Messages messages = root.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get("bench.settings", warmup, iterations));
        out.println(messages.get("bench.header"));
        ReportProcessor processor = new ReportProcessor();
        int status = ProcessedReport.OK;
        double pdfWhole = 0;
        double pdfFloor = 0;
        double worstRatio = 0;
        String worstFile = null;
        int pdfs = 0;
        for (String file : files) {
            ProcessedReport first;
            SourceDocument doc = null;
            try {
                doc = processor.read(file);
                first = processor.analyse(file, doc);
            } catch (BadInputException e) {
                first = ProcessedReport.failed(file, e.describe());
            }
            if (!first.readable()) {
                out.println(messages.get("bench.unreadable", file, first.error()));
                status = ProcessedReport.UNREADABLE;
            } else {
                byte[] bytes = bytes(file);
                Runnable wholeRun = () -> sink += processor.process(file, bytes).findings().size();
                double[] whole;
                double[] floor = null;
                if (isPdf(bytes)) {
                    double[][] pair = timeInterleaved(wholeRun, () -> sink += pdfFloor(bytes));
                    whole = pair[0];
                    floor = pair[1];
                    pdfs++;
                    pdfWhole += median(whole);
                    pdfFloor += median(floor);
                    if (median(whole) / median(floor) > worstRatio) {
                        worstRatio = median(whole) / median(floor);
                        worstFile = file;
                    }
                } else {
                    whole = time(wholeRun);
                }
                out.println(row(file, timeParseAndCheck(processor, file, doc), timeCheck(processor, first.report()),
                        whole, floor));
            }
            out.flush();
        }
        if (pdfs > 1) {
            out.println(messages.get("bench.pdfTotal", pdfs, String.format(Locale.ROOT, "%.1f", pdfWhole),
                    String.format(Locale.ROOT, "%.1f", pdfFloor), String.format(Locale.ROOT, "%.2f", pdfWhole / pdfFloor),
                    String.format(Locale.ROOT, "%.2f", worstRatio), worstFile));
        }
        return status;
    }

    private double[] timeParseAndCheck(ReportProcessor processor, String file, SourceDocument doc) {
        return time(() -> sink += processor.analyse(file, doc).findings().size());
    }

    private double[] timeCheck(ReportProcessor processor, Report report) {
        return time(() -> sink += processor.check(report).size());
    }

    /** Runs the task warm-up times untimed, then iterations times timed; returns the times in milliseconds. */
    private double[] time(Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] millis = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            task.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /** Times two tasks in alternation, so that both see the same machine load; returns both sets of times. */
    private double[][] timeInterleaved(Runnable first, Runnable second) {
        for (int i = 0; i < warmup; i++) {
            first.run();
            second.run();
        }
        double[][] millis = new double[2][iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            first.run();
            long middle = System.nanoTime();
            second.run();
            millis[0][i] = (middle - start) / 1e6;
            millis[1][i] = (System.nanoTime() - middle) / 1e6;
        }
        return millis;
    }

    private static String row(String file, double[] parseAndCheck, double[] check, double[] whole, double[] floor) {
        String pdf = floor == null ? String.format(Locale.ROOT, "%12s %7s", "-", "-")
                : String.format(Locale.ROOT, "%12.3f %7.2f", median(floor), median(whole) / median(floor));
        return String.format(Locale.ROOT, "%12.3f %12.3f %14.3f %s  %s",
                median(parseAndCheck), median(check), median(whole), pdf, file);
    }

    private static byte[] bytes(String file) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isPdf(byte[] bytes) {
        return nianbao.extract.FileType.sniff(bytes) == nianbao.extract.FileType.PDF;
    }

    private static int pdfFloor(byte[] bytes) {
        try {
            return nianbao.extract.PdfTextFloor.extract(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
