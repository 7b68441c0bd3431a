package nianbao.cli;

import nianbao.read.InputFiles;
import nianbao.model.BadInputException;
import nianbao.read.ReadFailure;
import nianbao.review.ReviewService;
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
 * {@code import [--db DB] PATH...}: parses, checks and stores each report (every file of a folder, recursively), one
 * worker per core, into the review database (by default the window's; created if need be), and prints one line per
 * file in the order given — {@code id<TAB>file}, {@code known<TAB>id<TAB>file} (already in the library: recognised by
 * its hash), {@code skipped<TAB>file<TAB>reason} (not a report document) or {@code error<TAB>file<TAB>reason} — then a
 * summary on stderr. Exit status 0 when every report was imported or known, 2 when some could not be read (the rest
 * are imported).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "导入年报到审查库 (parse, check and store reports in the review database).")
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DB",
            description = "审查库文件，默认为窗口使用的审查库，不存在时新建 (review database; default: the window's; created if missing)")
    Path database;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "年报文件或文件夹 (report files or folders)")
    List<Path> inputs;

    @Spec
    CommandSpec spec;

    /** What became of one file. */
    private record Outcome(String line, Kind kind) {
        enum Kind { IMPORTED, KNOWN, SKIPPED, FAILED }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = DatabaseOption.orDefault(database);
        int[] counts = new int[Outcome.Kind.values().length];
        try (ReviewService service = ReviewService.open(db, Examiner.name(), Clock.systemDefaultZone())) {
            service.startupWarning().ifPresent(err::println);
            InputFiles input = InputFiles.of(inputs);
            for (InputFiles.Skipped folder : input.skipped()) {
                out.println("error\t" + folder.path() + "\t" + folder.reason());
                counts[Outcome.Kind.FAILED.ordinal()]++;
            }
            List<String> files = input.files().stream().map(Path::toString).toList();
            for (Outcome outcome : ParallelReader.readAll(files,
                    file -> importOne(service, Path.of(file), input.named(Path.of(file))))) {
                out.println(outcome.line());
                counts[outcome.kind().ordinal()]++;
            }
        } catch (StoreException e) {
            out.flush();
            err.println(e.describe());
            return ProcessedReport.UNREADABLE;
        }
        out.flush();
        err.printf("已导入 %d 份，已在库中 %d 份，跳过非年报文件 %d 个，失败 %d 个：%s (imported %d, already in the library %d,"
                        + " skipped as not reports %d, failed %d: %s)%n",
                counts[0], counts[1], counts[2], counts[3], db, counts[0], counts[1], counts[2], counts[3], db);
        return counts[Outcome.Kind.FAILED.ordinal()] > 0 ? ProcessedReport.UNREADABLE : ProcessedReport.OK;
    }

    /** Imports one file; {@code named} on the command line, a file that is not a report is an error, not skipped. */
    private static Outcome importOne(ReviewService service, Path file, boolean named) {
        try {
            ReviewService.Imported imported = service.importFile(file);
            return imported.isNew() ? new Outcome(imported.reportId() + "\t" + file, Outcome.Kind.IMPORTED)
                    : new Outcome("known\t" + imported.reportId() + "\t" + file, Outcome.Kind.KNOWN);
        } catch (ReadFailure e) {
            if (e.kind() == ReadFailure.Kind.NOT_A_REPORT && !named) {
                return new Outcome("skipped\t" + file + "\t" + e.describe(), Outcome.Kind.SKIPPED);
            }
            return failed(file, ReportProcessor.describe(file.toString(), e));
        } catch (BadInputException e) {
            return failed(file, ReportProcessor.describe(file.toString(), e));
        } catch (StoreException e) {
            return failed(file, e.describe());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(file, ReportProcessor.internal("importing " + file, e));
        } catch (OutOfMemoryError e) {
            return failed(file, ReadFailure.outOfMemory(e).describe());
        }
    }

    private static Outcome failed(Path file, String reason) {
        return new Outcome("error\t" + file + "\t" + reason, Outcome.Kind.FAILED);
    }
}
