package nianbao.cli;

import nianbao.review.SampleReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The root of the command line: dispatches to {@code check} and {@code bench}. Started with no sub-command it would
 * open the window; until the window exists it checks the given files, or the bundled sample when there are none.
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, BenchCommand.class, ImportCommand.class, ListCommand.class,
                ExportCommand.class},
        description = {"年报审查：检查政府信息公开工作年度报告 (Nianbao Review: checks government "
                + "information-disclosure annual reports).",
                "不带子命令：检查给出的文件，没有文件时检查内置样例 (no sub-command: checks the files given, "
                        + "or the bundled sample report)."})
public final class NianbaoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "年报文件 (report files)")
    List<String> files = List.of();

    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    /** The messages in the language chosen with {@code --lang}, wherever on the command line it was given. */
    Messages messages() {
        return language.messages();
    }

    @Override
    public Integer call() {
        if (!files.isEmpty()) {
            return CheckCommand.checkFiles(files, () -> new CheckOutput(false, messages(), spec.commandLine().getOut()));
        }
        CheckOutput output = new CheckOutput(false, messages(), spec.commandLine().getOut());
        output.print(new ReportProcessor().process(SampleReport.NAME, SampleReport.bytes()));
        return output.status();
    }

    /** Runs the command line on the process's own streams, always writing UTF-8. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /**
     * Runs the command line in-process with the given streams (tests capture them); returns the exit status.
     * Output is UTF-8 whatever the platform's default, so JSON Lines can be piped anywhere.
     */
    public static int run(String[] args, OutputStream out, OutputStream err) {
        PrintWriter outWriter = utf8(out);
        PrintWriter errWriter = utf8(err);
        CommandLine commandLine = new CommandLine(new NianbaoCommand())
                .setOut(outWriter)
                .setErr(errWriter)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(ReportProcessor.internal("running " + String.join(" ", args), e));
                    return ProcessedReport.UNREADABLE;
                });
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
