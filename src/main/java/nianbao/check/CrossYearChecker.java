package nianbao.check;

import nianbao.format.CellNames;
import nianbao.format.Formats;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Finding;
import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks of a report against the same organ's report of the year before (format.md): {@code crossyear.carryover}
 * (二、上年结转 this year = 四、结转下年度 last year, per column), {@code crossyear.stock} (现行有效件数 this year = last
 * year's + 本年制发 − 本年废止, both years in the 2021 format) and {@code text.repetition} (the narrative repeats more
 * than the threshold of last year's). Findings are raised on the later report; {@link #previousCells} says which of
 * last year's cells each one compares with.
 */
public final class CrossYearChecker {
    public static final String CARRYOVER = "crossyear.carryover";
    public static final String STOCK = "crossyear.stock";
    public static final String REPETITION = "text.repetition";
    /** The rule ids this checker raises. */
    public static final List<String> RULES = List.of(CARRYOVER, STOCK, REPETITION);
    /** The default threshold of {@code text.repetition} (assessment rules deduct points above 50%). */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final List<String> STOCK_ROWS = List.of("rules", "normative_documents");
    private static final List<String> REQUEST_COLUMNS =
            Stream.concat(Formats.APPLICANT_COLUMNS.stream(), Stream.of(Formats.TOTAL)).toList();

    /** What the comparison found: the findings, and the repetition it measured. */
    public record Result(List<Finding> findings, Repetition repetition) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    private final double threshold;

    public CrossYearChecker() {
        this(DEFAULT_THRESHOLD);
    }

    /** With the share (0–1) of repeated narrative above which {@code text.repetition} is raised. */
    public CrossYearChecker(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be between 0 and 1: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Compares {@code report} with {@code previous}, the same organ's report of the year before. */
    public Result check(Report report, Report previous) {
        return check(report, previous, Repetition.of(report, previous));
    }

    /**
     * Compares the tables again with a repetition already measured (the narrative does not change when the examiner
     * corrects a cell), as after every edit.
     */
    public Result check(Report report, Report previous, Repetition repetition) {
        List<Finding> out = new ArrayList<>();
        carryover(report, previous, out);
        stock(report, previous, out);
        if (repetition.rate() > threshold) {
            out.add(new Finding(REPETITION, Severity.WARNING, null, null, null, String.format(
                    "正文与%s年度报告重复率为%s（超过%s），%d句与上年相同或近似",
                    year(previous), percent(repetition.rate()), percent(threshold), repetition.copiedSentences()),
                    List.of()));
        }
        return new Result(out, repetition);
    }

    /** The cells of last year's report that a finding of this checker compares with (none for other findings). */
    public static List<CellRef> previousCells(Finding finding) {
        if (CARRYOVER.equals(finding.rule()) && finding.column() != null) {
            return List.of(new CellRef(Formats.REQUESTS, Formats.CARRIED_FORWARD, finding.column()));
        }
        if (STOCK.equals(finding.rule()) && finding.row() != null) {
            return List.of(new CellRef(Formats.ACTIVE, finding.row(), "in_force"));
        }
        return List.of();
    }

    private static void carryover(Report report, Report previous, List<Finding> out) {
        for (String column : REQUEST_COLUMNS) {
            CellRef now = new CellRef(Formats.REQUESTS, Formats.CARRIED_OVER, column);
            Optional<BigDecimal> carriedOver = value(report.tables(), now);
            Optional<BigDecimal> carriedForward = value(previous.tables(),
                    new CellRef(Formats.REQUESTS, Formats.CARRIED_FORWARD, column));
            if (carriedOver.isEmpty() || carriedForward.isEmpty()
                    || carriedOver.get().compareTo(carriedForward.get()) == 0) {
                continue;
            }
            String columnName = CellNames.column(report.template(), Formats.REQUESTS, Formats.CARRIED_OVER, column);
            out.add(new Finding(CARRYOVER, Severity.ERROR, Formats.REQUESTS, Formats.CARRIED_OVER, column,
                    String.format("二、上年结转政府信息公开申请数量（%s）为%s件，%s年度报告四、结转下年度继续办理为%s件；相差%s%s",
                            columnName, shown(report.tables(), now), year(previous),
                            shown(previous.tables(), new CellRef(Formats.REQUESTS, Formats.CARRIED_FORWARD, column)),
                            carriedOver.get().subtract(carriedForward.get()).abs().toPlainString(),
                            blankNote(report.tables().cell(now), previous.tables().cell(Formats.REQUESTS,
                                    Formats.CARRIED_FORWARD, column))),
                    List.of(now)));
        }
    }

    private static void stock(Report report, Report previous, List<Finding> out) {
        if (report.template() != FormatVersion.V2021 || previous.template() != FormatVersion.V2021) {
            return;
        }
        for (String row : STOCK_ROWS) {
            CellRef inForce = new CellRef(Formats.ACTIVE, row, "in_force");
            CellRef issued = new CellRef(Formats.ACTIVE, row, "issued");
            CellRef repealed = new CellRef(Formats.ACTIVE, row, "repealed");
            Optional<BigDecimal> now = value(report.tables(), inForce);
            Optional<BigDecimal> before = value(previous.tables(), inForce);
            Optional<BigDecimal> added = value(report.tables(), issued);
            Optional<BigDecimal> removed = value(report.tables(), repealed);
            if (now.isEmpty() || before.isEmpty() || added.isEmpty() || removed.isEmpty()) {
                continue;
            }
            BigDecimal expected = before.get().add(added.get()).subtract(removed.get());
            if (expected.compareTo(now.get()) == 0) {
                continue;
            }
            String label = CellNames.row(report.template(), Formats.ACTIVE, row);
            out.add(new Finding(STOCK, Severity.WARNING, Formats.ACTIVE, row, "in_force", String.format(
                    "%s 现行有效件数为%s件；%s年度现行有效%s件 + 本年制发%s件 − 本年废止%s件 = %s件；相差%s",
                    label, now.get().toPlainString(), year(previous), before.get().toPlainString(),
                    added.get().toPlainString(), removed.get().toPlainString(), expected.toPlainString(),
                    expected.subtract(now.get()).abs().toPlainString()),
                    List.of(inForce, issued, repealed)));
        }
    }

    /** A cell's value for the comparison: blank counts as 0; absent or text has none. */
    private static Optional<BigDecimal> value(Tables tables, CellRef ref) {
        Cell cell = tables == null ? null : tables.cell(ref);
        return cell == null ? Optional.empty() : Optional.ofNullable(cell.arithmeticValue());
    }

    private static String shown(Tables tables, CellRef ref) {
        Cell cell = tables.cell(ref);
        return cell.isBlank() ? "空" : cell.number().toPlainString();
    }

    private static String blankNote(Cell now, Cell before) {
        return now.isBlank() || before.isBlank() ? "（空白按0计）" : "";
    }

    private static String year(Report report) {
        return report.year() == null ? "上一" : String.valueOf(report.year());
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
