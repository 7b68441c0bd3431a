package nianbao.review;

import nianbao.check.SeasonFixtures;
import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;

/**
 * The cost of an edit in a season (a benchmark, not a test): one organ's two years in a library, a cell of each
 * corrected over and over — the report's own findings, its cross-year and repetition findings against the previous
 * year, the next year's compared again, all stored — timed from the call to its return. Prints median, p95 and
 * longest per kind of edit. Run by {@code scripts/bench-season.sh}.
 *
 * <p>Usage: {@code EditRecomputeBench DIRECTORY [EDITS]}
 */
public final class EditRecomputeBench {
    private static final CellRef STOCK = new CellRef("active", "normative_documents", "in_force");

    private EditRecomputeBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path db = dir.resolve("edit-bench.db");
        Files.deleteIfExists(db);
        Path earlier = dir.resolve("anyang-2021.txt");
        Path later = dir.resolve("anyang-2022.txt");
        Files.writeString(earlier, SeasonFixtures.sampleText(), StandardCharsets.UTF_8);
        Files.writeString(later, SeasonFixtures.text2022("河南省安阳县人民政府",
                "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", "行政规范性文件 3 1 11"), StandardCharsets.UTF_8);
        try (ReviewService service = ReviewService.open(db, "基准", Clock.systemUTC())) {
            long first = service.importFile(earlier).reportId();
            long second = service.importFile(later).reportId();
            ReviewSession thisYear = service.openStored(second);
            ReviewSession lastYear = service.openStored(first);
            if (thisYear.previousYear().isEmpty()) {
                throw new IllegalStateException("the two years were not paired");
            }
            print("edit of this year (own + cross-year + repetition)", time(thisYear, edits));
            print("edit of last year (and this year compared again)", time(lastYear, edits));
        }
    }

    private static double[] time(ReviewSession session, int edits) {
        double[] millis = new double[edits];
        for (int i = 0; i < edits + 20; i++) {
            long start = System.nanoTime();
            session.correct(STOCK, String.valueOf(20 + i % 7), CorrectionKind.PARSE_ERROR, "bench");
            if (i >= 20) {
                millis[i - 20] = (System.nanoTime() - start) / 1e6; // the first 20 warm the JIT
            }
        }
        return millis;
    }

    private static void print(String what, double[] millis) {
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, longest %.1f ms (%d edits)%n", what,
                millis[millis.length / 2], millis[(int) (millis.length * 0.95)], millis[millis.length - 1],
                millis.length);
    }
}
