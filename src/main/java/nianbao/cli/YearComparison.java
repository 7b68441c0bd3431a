package nianbao.cli;

import nianbao.check.CrossYearChecker;
import nianbao.check.OrganNames;
import nianbao.model.Report;
import nianbao.review.PreviousYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares each report of a {@code check} with the same organ's previous year (cli.md): among the reports checked
 * together first, else in the library when {@code --db} names one; adds the cross-year findings to the report.
 */
final class YearComparison {
    private YearComparison() {
    }

    /**
     * @param library the previous year of a report in the library, or nothing (no {@code --db})
     */
    static List<ProcessedReport> compare(List<ProcessedReport> reports, CrossYearChecker checker,
                                         Function<Report, Optional<PreviousYear>> library) {
        List<ProcessedReport> out = new ArrayList<>(reports.size());
        for (ProcessedReport processed : reports) {
            out.add(processed.readable() && !processed.skipped() ? compare(processed, reports, checker, library)
                    : processed);
        }
        return out;
    }

    private static ProcessedReport compare(ProcessedReport processed, List<ProcessedReport> all,
                                           CrossYearChecker checker,
                                           Function<Report, Optional<PreviousYear>> library) {
        Report report = processed.report();
        Optional<Report> together = previousAmong(report, all);
        if (together.isPresent()) {
            CrossYearChecker.Result result = checker.check(report, together.get());
            return processed.comparedWith(new ProcessedReport.Previous(together.get().organ(), together.get().year(),
                    result.repetition().rate()), result.findings());
        }
        Optional<PreviousYear> stored = report.year() == null ? Optional.empty() : library.apply(report);
        if (stored.isPresent()) {
            CrossYearChecker.Result result = checker.check(report, stored.get().tables(), stored.get().repetition());
            return processed.comparedWith(new ProcessedReport.Previous(stored.get().stored().organ(),
                    stored.get().stored().year(), result.repetition().rate()), result.findings());
        }
        return processed;
    }

    /** The last report given of the same organ and the year before, if any. */
    private static Optional<Report> previousAmong(Report report, List<ProcessedReport> all) {
        if (report.year() == null) {
            return Optional.empty();
        }
        Report found = null;
        for (ProcessedReport other : all) {
            Report candidate = other.report();
            if (candidate != null && candidate != report && candidate.year() != null
                    && candidate.year() == report.year() - 1 && OrganNames.same(report.organ(), candidate.organ())) {
                found = candidate;
            }
        }
        return Optional.ofNullable(found);
    }
}
