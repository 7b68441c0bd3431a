package nianbao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code check [--json] FILE...}: parse and check each file, print a summary or JSON Lines (cli.md). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"解析并检查年报 (parse and check reports).",
                "退出状态 exit status: 0 全部可读且无错误 (all read, no error finding); "
                        + "1 有错误级发现 (an error-severity finding); 2 有文件无法读取 (a file could not be read)."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--json", description = "每个文件输出一行JSON (one JSON object per file, JSON Lines)")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "年报文件 (report files)")
    List<String> files;

    @ParentCommand
    NianbaoCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return checkFiles(files, new CheckOutput(json, root.messages(), spec.commandLine().getOut()));
    }

    /** Checks the files one by one, printing each as soon as it is done; returns the run's exit status. */
    static int checkFiles(List<String> files, CheckOutput output) {
        ReportProcessor processor = new ReportProcessor();
        for (String file : files) {
            output.print(processor.process(file));
        }
        return output.status();
    }
}
