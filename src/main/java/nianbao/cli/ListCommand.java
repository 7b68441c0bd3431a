package nianbao.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nianbao.export.JsonReportWriter;
import nianbao.review.LibraryEntry;
import nianbao.review.ReviewService;
import nianbao.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code list [--db DB] [--json]}: one row per report of the library (cli.md) — id, organ, year, status, errors,
 * warnings and the repetition rate against the same organ's previous year — by id; with {@code --json} one object
 * per line.
 */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "列出审查库中的年报 (list the reports of the review database).")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DB", description = "审查库文件，默认为窗口使用的审查库 (review database; default: the window's)")
    Path database;

    @Option(names = "--json", description = "每个年报输出一行JSON (one JSON object per report, JSON Lines)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path db = DatabaseOption.orDefault(database);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> missing = DatabaseOption.missing(db);
        if (missing.isPresent()) {
            err.println(missing.get());
            return ProcessedReport.UNREADABLE;
        }
        try (ReviewService service = ReviewService.open(db, Examiner.name(), Clock.systemDefaultZone())) {
            service.startupWarning().ifPresent(err::println);
            List<LibraryEntry> entries = service.library().stream()
                    .sorted(Comparator.comparingLong(LibraryEntry::id)).toList();
            if (!json) {
                out.println("id\torgan\tyear\tstatus\terrors\twarnings\trepetition");
            }
            for (LibraryEntry e : entries) {
                out.println(json ? JsonReportWriter.toLine(node(e)) : row(e));
            }
            return ProcessedReport.OK;
        } catch (StoreException e) {
            err.println(e.describe());
            return ProcessedReport.UNREADABLE;
        }
    }

    static ObjectNode node(LibraryEntry e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", e.id());
        o.put("file", e.fileName());
        o.put("organ", e.organ());
        o.put("year", e.year());
        o.put("status", status(e));
        o.put("errors", e.errorCount());
        o.put("warnings", e.warningCount());
        if (e.repetition() == null) {
            o.putNull("repetition");
        } else {
            o.put("repetition", Math.round(e.repetition() * 1000) / 1000.0);
        }
        return o;
    }

    private static String row(LibraryEntry e) {
        return e.id() + "\t" + orDash(e.organ()) + "\t" + orDash(e.year()) + "\t" + status(e) + "\t"
                + e.errorCount() + "\t" + e.warningCount() + "\t"
                + (e.repetition() == null ? "-" : Math.round(e.repetition() * 100) + "%");
    }

    /** unreviewed, in_review or reviewed, as the exports name it. */
    private static String status(LibraryEntry e) {
        return e.status().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
