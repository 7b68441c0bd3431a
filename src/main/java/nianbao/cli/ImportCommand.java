package nianbao.cli;

import nianbao.model.BadInputException;
import nianbao.read.ReadFailure;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;
import nianbao.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

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
            InputFiles input = InputFiles.of(inputs);
            for (InputFiles.Skipped skipped : input.skipped()) {
                out.println("error\t" + skipped.path() + "\t" + skipped.reason());
                status = ProcessedReport.UNREADABLE;
            }
            for (Path file : input.files()) {
                String result = importOne(service, file);
                if (result.startsWith("error")) {
                    status = ProcessedReport.UNREADABLE;
                }
                out.println(result);
                out.flush();
            }
        } catch (StoreException e) {
            out.flush();
            spec.commandLine().getErr().println(e.describe());
            return ProcessedReport.UNREADABLE;
        }
        return status;
    }

    /** "id\tfile" for an imported report, "error\tfile\tmessage" for one that was skipped. */
    private static String importOne(ReviewService service, Path file) {
        try {
            ReviewSession session = service.open(file);
            return session.reportId() + "\t" + file;
        } catch (BadInputException e) {
            return "error\t" + file + "\t" + ReportProcessor.describe(file.toString(), e);
        } catch (StoreException e) {
            return "error\t" + file + "\t" + e.describe();
        } catch (RuntimeException | StackOverflowError e) {
            return "error\t" + file + "\t" + ReportProcessor.internal("importing " + file, e);
        } catch (OutOfMemoryError e) {
            return "error\t" + file + "\t" + ReadFailure.outOfMemory(e).describe();
        }
    }
}
