package nianbao.cli;

import nianbao.read.InputFiles;
import nianbao.check.CrossYearChecker;
import nianbao.model.Report;
import nianbao.review.PreviousYear;
import nianbao.review.ReviewService;
import nianbao.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code check [--json] [--db DB] PATH...}: parse and check each file (a folder: every file in it, recursively), in
 * parallel, then compare each report with the same organ's previous year — among the reports given, else in the
 * library named by {@code --db} — and print a summary or JSON Lines in the order given (cli.md). Files that are not
 * report documents are listed as skipped.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"解析并检查年报 (parse and check reports).",
                "退出状态 exit status: 0 全部可读且无错误 (all read, no error finding); "
                        + "1 有错误级发现 (an error-severity finding); 2 有文件无法读取 (a file could not be read)."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--json", description = "每个文件输出一行JSON (one JSON object per file, JSON Lines)")
    boolean json;

    @Option(names = "--db", paramLabel = "DB",
            description = "与审查库中同一机关的上一年度报告比较 (also compare with the previous year in this review database)")
    Path database;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "年报文件或文件夹 (report files or folders)")
    List<String> paths;

    @ParentCommand
    NianbaoCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Supplier<CheckOutput> output = () -> new CheckOutput(json, root.messages(), spec.commandLine().getOut());
        if (database == null) {
            return check(paths, output, report -> Optional.empty(), new CrossYearChecker());
        }
        Optional<String> missing = DatabaseOption.missing(database);
        if (missing.isPresent()) {
            spec.commandLine().getErr().println(missing.get());
            return ProcessedReport.UNREADABLE;
        }
        try (ReviewService service = ReviewService.open(database, Examiner.name(), Clock.systemDefaultZone())) {
            service.startupWarning().ifPresent(spec.commandLine().getErr()::println);
            return check(paths, output, service::previousYearOf, service.crossYearChecker());
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.describe());
            return ProcessedReport.UNREADABLE;
        }
    }

    /** Checks the files and folders given, comparing the reports given together with each other. */
    static int checkFiles(List<String> paths, Supplier<CheckOutput> output) {
        return check(paths, output, report -> Optional.empty(), new CrossYearChecker());
    }

    /** {@code output} is made while the files are read (its JSON writer takes a while to set up in a new process). */
    private static int check(List<String> paths, Supplier<CheckOutput> makeOutput,
                             Function<Report, Optional<PreviousYear>> library, CrossYearChecker checker) {
        ReportProcessor processor = new ReportProcessor();
        List<ProcessedReport> unreadable = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (String given : paths) {
            try {
                inputs.add(Path.of(given));
            } catch (InvalidPathException e) {
                unreadable.add(processor.process(given)); // says the name is invalid
            }
        }
        InputFiles input = InputFiles.of(inputs);
        input.skipped().forEach(folder -> unreadable.add(ProcessedReport.failed(folder.path().toString(),
                folder.reason())));
        List<Path> files = input.files();
        ParallelReader.Reading<ProcessedReport> reading = ParallelReader.start(
                files.stream().map(Path::toString).toList(), processor::process);
        CheckOutput output = makeOutput.get();
        List<ProcessedReport> read = reading.results();
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i).skipped() && input.named(files.get(i))) {
                read.set(i, ProcessedReport.failed(read.get(i).file(), read.get(i).error()));
            }
        }
        unreadable.forEach(output::print);
        output.printAll(YearComparison.compare(read, checker, library));
        return output.status();
    }
}
