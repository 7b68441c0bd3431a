package nianbao.cli;

import nianbao.export.ExportException;
import nianbao.export.ExportFormat;
import nianbao.export.Exporter;
import nianbao.review.ReviewService;
import nianbao.review.ReviewSession;
import nianbao.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/**
 * {@code export --db DB --report ID --format pdf|xlsx|json|csv --out PATH}: writes a stored report, with its
 * corrections and resolutions, as a checked report. An existing file is never overwritten unless {@code --force}
 * is given (a command line cannot ask). Exit status 0 on success, 2 when nothing was written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出审核结果 (export a reviewed report: pdf, xlsx, json or csv).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "DB", description = "审查库文件 (review database file)")
    Path database;

    @Option(names = "--report", required = true, paramLabel = "ID", description = "年报编号 (report id from import)")
    long reportId;

    @Option(names = "--format", required = true, paramLabel = "pdf|xlsx|json|csv",
            converter = FormatConverter.class, description = "导出格式 (export format)")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "输出文件 (output file)")
    Path out;

    @Option(names = "--force", description = "覆盖已有文件 (overwrite an existing file)")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(database)) {
            err.println("审查库不存在：" + database + "（请先用 import 导入年报） (no review database at " + database
                    + "; import reports into it first)");
            return ProcessedReport.UNREADABLE;
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS)) {
            err.println("目标不是普通文件（链接、设备或文件夹），不会覆盖：" + out + " (the target is not a regular file"
                    + " (a link, device or folder); it is never replaced)");
            return ProcessedReport.UNREADABLE;
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !force) {
            err.println("文件已存在，未覆盖（加 --force 覆盖）：" + out + " (file exists, not overwritten; use --force)");
            return ProcessedReport.UNREADABLE;
        }
        try (ReviewService service = ReviewService.open(database, Examiner.name(), Clock.systemDefaultZone())) {
            service.startupWarning().ifPresent(err::println);
            ReviewSession session = service.openStored(reportId);
            new Exporter().export(service.reviewed(session), format, out);
            spec.commandLine().getOut().println(out);
            return ProcessedReport.OK;
        } catch (NoSuchElementException e) {
            err.println("审查库中没有编号为 " + reportId + " 的年报 (no report with id " + reportId + ")");
        } catch (ExportException e) {
            err.println(e.describe());
        } catch (StoreException | nianbao.review.SourceChangedException e) {
            err.println(e.describe());
        } catch (IllegalStateException e) {
            err.println("无法重新读取此年报：" + e.getMessage() + " (cannot re-read the stored report)");
        }
        return ProcessedReport.UNREADABLE;
    }

    /** Reads pdf|xlsx|json|csv. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value);
        }
    }
}
