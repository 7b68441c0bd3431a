package nianbao.cli;

import nianbao.check.Checker;
import nianbao.extract.Extractors;
import nianbao.extract.SourceDocument;
import nianbao.model.BadInputException;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.parse.ReportParser;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one path from a file to a checked report, shared by {@code check} and {@code bench}: extract, parse, check;
 * a bad input or an unexpected failure becomes an error message instead of an exception.
 */
public final class ReportProcessor {
    /** No single document may take longer than this to read, parse and check. */
    static final int TIME_LIMIT_SECONDS = 10;

    private final ReportParser parser = new ReportParser();
    private final Checker checker = new Checker();

    /** A file named on the command line, reported under the name as given. */
    public ProcessedReport process(String file) {
        return process(file, () -> read(file));
    }

    /** A document held in memory (the bundled sample), reported under {@code name}. */
    public ProcessedReport process(String name, byte[] bytes) {
        return process(name, () -> Extractors.read(bytes));
    }

    /** Parses and checks an already extracted document; used directly by the benchmark. */
    public ProcessedReport analyse(String name, SourceDocument doc) {
        return process(name, () -> doc);
    }

    /** Extracts the text of a file; an unreadable file or an impossible name is bad input. */
    public SourceDocument read(String file) throws BadInputException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new BadInputException("文件名无效：" + file, "invalid file name: " + file, e);
        }
        return Extractors.read(path);
    }

    Report parse(SourceDocument doc, String name) throws BadInputException {
        return parser.parse(doc, name);
    }

    List<Finding> check(Report report) {
        return checker.check(report);
    }

    private ProcessedReport process(String name, Source source) {
        try {
            return TimeLimit.run(() -> processNow(name, source), TIME_LIMIT_SECONDS);
        } catch (BadInputException e) {
            return ProcessedReport.failed(name, describe(e));
        } catch (java.util.concurrent.TimeoutException e) {
            return ProcessedReport.failed(name, "处理超时（超过" + TIME_LIMIT_SECONDS + "秒），文件可能过大或已损坏 (took longer than "
                    + TIME_LIMIT_SECONDS + " s: the file may be too large or damaged)");
        }
    }

    private ProcessedReport processNow(String name, Source source) throws BadInputException {
        try {
            Report report = parse(source.read(), name);
            return ProcessedReport.of(name, report, check(report));
        } catch (OutOfMemoryError e) {
            return ProcessedReport.failed(name, "文件过大，内存不足，无法处理 (file too large: out of memory)");
        } catch (RuntimeException | StackOverflowError e) {
            return ProcessedReport.failed(name, internalError(e));
        }
    }

    static String describe(BadInputException e) {
        return e.chinese() + " (" + e.english() + ")";
    }

    /** One line for a bug in the engine: what failed and where, but never a stack trace. */
    static String internalError(Throwable e) {
        StringBuilder english = new StringBuilder("internal error: ").append(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            english.append(": ").append(e.getMessage().replaceAll("\\s+", " ").strip());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            english.append(" in ").append(trace[0].getClassName()).append('.').append(trace[0].getMethodName())
                    .append(':').append(trace[0].getLineNumber());
        }
        return "内部错误，无法解析此文件 (" + english + ")";
    }

    /** Where the document comes from; reading may fail as bad input. */
    private interface Source {
        SourceDocument read() throws BadInputException;
    }
}
