package nianbao.cli;

import nianbao.export.ExportException;
import nianbao.export.ExportFormat;
import nianbao.export.Exporter;
import nianbao.export.OverviewWriter;
import nianbao.review.LibraryEntry;
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
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code export [--db DB] --report ID --format pdf|xlsx|json|csv --out PATH}: writes a stored report, with its
 * corrections and resolutions, as a checked report; {@code export [--db DB] --overview --format xlsx|csv --out PATH}
 * writes the summary of the whole library, one row per report. An existing file is never overwritten unless
 * {@code --force} is given (a command line cannot ask). Exit status 0 on success, 2 when nothing was written.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "导出审核结果 (export a reviewed report: pdf, xlsx, json or csv).")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DB", description = "审查库文件，默认为窗口使用的审查库 (review database; default: the window's)")
    Path database;

    @Option(names = "--report", paramLabel = "ID", description = "年报编号 (report id from import or list)")
    Long reportId;

    @Option(names = "--overview", description = "导出全部年报的汇总表 (the summary of every report: xlsx or csv)")
    boolean overview;

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
        if (overview == (reportId != null)) {
            err.println("请给出 --report ID 或 --overview 之一 (give either --report ID or --overview)");
            return ProcessedReport.UNREADABLE;
        }
        if (overview && format != ExportFormat.XLSX && format != ExportFormat.CSV) {
            err.println("汇总表只能导出为 xlsx 或 csv (an overview is written as xlsx or csv)");
            return ProcessedReport.UNREADABLE;
        }
        Path database = DatabaseOption.orDefault(this.database);
        Optional<String> missing = DatabaseOption.missing(database);
        if (missing.isPresent()) {
            err.println(missing.get());
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
            if (overview) {
                new OverviewWriter().write(service.overview(service.library().stream().map(LibraryEntry::id)
                        .toList()), format, out);
                spec.commandLine().getOut().println(out);
                return ProcessedReport.OK;
            }
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
