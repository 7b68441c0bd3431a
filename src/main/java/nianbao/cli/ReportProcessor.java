package nianbao.cli;

import nianbao.extract.Extractors;
import nianbao.extract.SourceDocument;
import nianbao.model.BadInputException;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.read.ReadFailure;
import nianbao.read.ReadReport;
import nianbao.read.ReportReader;
import nianbao.review.ErrorLog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The command line's view of the one {@link ReportReader}: a file named on the command line becomes a checked report
 * or the reason it could not be read, never an exception.
 */
public final class ReportProcessor {
    private final ReportReader reader;

    public ReportProcessor() {
        this(new ReportReader());
    }

    ReportProcessor(ReportReader reader) {
        this.reader = reader;
    }

    /** A file named on the command line, reported under the name as given. */
    public ProcessedReport process(String file) {
        try {
            return of(file, reader.read(path(file), file));
        } catch (ReadFailure e) {
            if (e.kind() == ReadFailure.Kind.NOT_A_REPORT) {
                return ProcessedReport.skipped(file, e.describe());
            }
            return ProcessedReport.failed(file, describe(file, e));
        } catch (BadInputException e) {
            return ProcessedReport.failed(file, e.describe());
        }
    }

    /** A document held in memory (the bundled sample), reported under {@code name}. */
    public ProcessedReport process(String name, byte[] bytes) {
        try {
            return of(name, reader.read(name, bytes));
        } catch (ReadFailure e) {
            return ProcessedReport.failed(name, describe(name, e));
        }
    }

    /** Parses and checks an already extracted document on this thread; used directly by the benchmark. */
    public ProcessedReport analyse(String name, SourceDocument doc) {
        try {
            return of(name, reader.analyse(name, doc));
        } catch (ReadFailure e) {
            return ProcessedReport.failed(name, e.describe());
        }
    }

    /** Extracts the text of a file (for the benchmark); an unreadable file or an impossible name is bad input. */
    public SourceDocument read(String file) throws BadInputException {
        return Extractors.read(path(file));
    }

    List<Finding> check(Report report) {
        return reader.check(report);
    }

    private static ProcessedReport of(String name, ReadReport read) {
        return ProcessedReport.of(name, read.report(), read.findings());
    }

    private static Path path(String file) throws BadInputException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new BadInputException("文件名无效：" + file, "invalid file name: " + file, e);
        }
    }

    /** A failure's message; a fault of the program also goes to the error log, which the message points to. */
    static String describe(String file, BadInputException e) {
        if (e instanceof ReadFailure failure && failure.kind() == ReadFailure.Kind.INTERNAL) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            return failure.describe() + ErrorLog.pointer(ErrorLog.record("reading " + file, cause));
        }
        return e.describe();
    }

    /** One line for a fault of the program outside of reading, logged with its stack trace. */
    static String internal(String what, Throwable e) {
        return ReadFailure.internal(e).describe() + ErrorLog.pointer(ErrorLog.record(what, e));
    }
}
