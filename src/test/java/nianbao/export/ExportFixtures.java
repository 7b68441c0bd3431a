package nianbao.export;

import nianbao.check.Checker;
import nianbao.extract.Extractors;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Correction;
import nianbao.model.CorrectionKind;
import nianbao.model.Finding;
import nianbao.model.FindingKey;
import nianbao.model.FindingResolution;
import nianbao.model.Report;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;
import nianbao.model.ReviewedReport;
import nianbao.parse.ReportParser;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reviewed report for the export tests: seed 004 (安阳县人民政府 2021) parsed and checked for real, with three
 * corrections (规章 废止 -1 → 0, the fee's last digits, 复议 结果维持 6 → 7) and two findings resolved.
 */
final class ExportFixtures {
    static final String EXAMINER = "张审核";
    static final CellRef RULES_REPEALED = new CellRef("active", "rules", "repealed");
    static final CellRef FEE = new CellRef("active", "fees", "amount");
    static final CellRef REVIEW_UPHELD = new CellRef("review_litigation", "review", "upheld");
    static final Instant EXPORTED_AT = Instant.parse("2025-01-31T02:30:00Z");

    private ExportFixtures() {
    }

    static Path seed() {
        Path root = Path.of(System.getProperty("nianbao.corpus", "src/test/corpus"));
        return root.resolve("seeds").resolve("004_6e817ece59bf6a07.txt");
    }

    static ReviewedReport reviewed() throws Exception {
        Path seed = seed();
        Report original = new ReportParser().parse(Extractors.read(seed), seed.getFileName().toString());
        List<Correction> corrections = new ArrayList<>();
        Report current = original;
        current = correct(current, RULES_REPEALED, "0", CorrectionKind.REPORT_ERROR,
                "报告印刷为 -1，废止件数不能为负，按 0 计", "2025-01-30T01:00:00Z", corrections);
        current = correct(current, FEE, "96.6260", CorrectionKind.PARSE_ERROR,
                "原文为 96.6260 万元，解析误读末两位", "2025-01-30T01:05:00Z", corrections);
        current = correct(current, REVIEW_UPHELD, "7", CorrectionKind.PARSE_ERROR,
                "原件扫描页显示结果维持为 7 件；该处 PDF 文字层与印刷页不一致，已与起草单位电话核实（见 2025-01-29 记录）",
                "2025-01-30T01:10:00Z", corrections);
        List<Finding> findings = new Checker().check(current);
        Map<FindingKey, FindingResolution> resolutions = new LinkedHashMap<>();
        boolean narrativeResolved = false;
        for (Finding f : findings) {
            if (f.rule().equals("narrative.mismatch") && !narrativeResolved) {
                narrativeResolved = true;
                resolutions.put(FindingKey.of(f), new FindingResolution(FindingKey.of(f),
                        Resolution.REPORT_ERROR_CONFIRMED, "正文数字与表格不符，已通知起草单位", EXAMINER,
                        Instant.parse("2025-01-30T02:00:00Z")));
            }
            if (f.rule().equals("requests.carried_forward")) {
                resolutions.put(FindingKey.of(f), new FindingResolution(FindingKey.of(f), Resolution.DISMISSED,
                        "结转 2 件，差额已说明", EXAMINER, Instant.parse("2025-01-30T02:05:00Z")));
            }
        }
        return new ReviewedReport(seed.getFileName().toString(), sha256(seed), original, current, findings,
                resolutions, corrections, corrections, ReviewStatus.IN_REVIEW, EXAMINER, EXPORTED_AT);
    }

    private static Report correct(Report report, CellRef ref, String raw, CorrectionKind kind, String note,
                                  String at, List<Correction> corrections) {
        Cell old = report.tables().cell(ref);
        corrections.add(new Correction(corrections.size() + 1, ref, old.raw(), raw, kind, note, EXAMINER,
                Instant.parse(at)));
        return report.withTables(report.tables().with(Cell.read(ref, raw, old.provenance())));
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** The build directory (where test-classes is), for files a person should look at after the run. */
    static Path buildDir() throws URISyntaxException {
        Path classes = Path.of(ExportFixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent();
    }
}
