package nianbao.cli;

import nianbao.model.BadInputException;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * {@code import --db DB FILE...|DIR}: parses, checks and stores each report (every file of a folder, recursively)
 * and prints one line per file: the report id, or why the file was skipped. Exit status 0 when every file was
 * imported, 2 when some could not be read (they are skipped, the rest are imported).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "导入年报到审查库 (parse, check and store reports in the review database).")
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DB", description = "审查库文件 (review database file)")
    Path database;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "年报文件或文件夹 (report files or folders)")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int status = ProcessedReport.OK;
        try (ReviewService service = ReviewService.open(database, Examiner.name(), Clock.systemDefaultZone())) {
            service.startupWarning().ifPresent(w -> spec.commandLine().getErr().println(w));
            for (Path file : files(inputs)) {
                String result = importOne(service, file);
                if (result.startsWith("error")) {
                    status = ProcessedReport.UNREADABLE;
                }
                out.println(result);
                out.flush();
            }
        }
        return status;
    }

    /** "id\tfile" for an imported report, "error\tfile\tmessage" for one that was skipped. */
    private static String importOne(ReviewService service, Path file) {
        try {
            ReviewSession session = TimeLimit.run(() -> service.open(file), ReportProcessor.TIME_LIMIT_SECONDS);
            return session.reportId() + "\t" + file;
        } catch (BadInputException e) {
            return "error\t" + file + "\t" + ReportProcessor.describe(e);
        } catch (TimeoutException e) {
            return "error\t" + file + "\t处理超时 (took longer than " + ReportProcessor.TIME_LIMIT_SECONDS + " s)";
        } catch (RuntimeException e) {
            return "error\t" + file + "\t" + ReportProcessor.internalError(e);
        }
    }

    /** Every regular file named, folders expanded recursively, in a stable order; hidden files are left out. */
    static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
