package nianbao.review;

import nianbao.check.CrossYearChecker;
import nianbao.check.NarrativeSentences;
import nianbao.check.OrganNames;
import nianbao.check.Repetition;
import nianbao.model.Cell;
import nianbao.model.Finding;
import nianbao.model.Report;
import nianbao.model.Severity;
import nianbao.model.Span;
import nianbao.model.Tables;
import nianbao.store.CellRepository;
import nianbao.store.NarrativeRepository;
import nianbao.store.OrganLinkRepository;
import nianbao.store.ReportRepository;
import nianbao.store.ReportSummary;
import nianbao.store.StoredReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library across years: which stored report is the same organ's previous (or next) year — the examiner's link
 * first, else the organ's name (format.md) — what that report's tables are now, and the comparison of the two.
 */
final class Season {
    private final ReportRepository reports;
    private final CellRepository cells;
    private final NarrativeRepository narratives;
    private final OrganLinkRepository links;
    private final ReviewJournal journal;
    private volatile CrossYearChecker checker = new CrossYearChecker();

    Season(ReportRepository reports, CellRepository cells, NarrativeRepository narratives, OrganLinkRepository links,
           ReviewJournal journal) {
        this.reports = reports;
        this.cells = cells;
        this.narratives = narratives;
        this.links = links;
        this.journal = journal;
    }

    CrossYearChecker checker() {
        return checker;
    }

    /** Sets the repetition threshold (0–1) of the comparisons made from now on. */
    void setThreshold(double threshold) {
        checker = new CrossYearChecker(threshold);
    }

    /** The same organ's report of the year before, if the library has it. */
    Optional<StoredReport> previous(long id, String organ, Integer year) {
        return neighbour(id, organ, year, -1);
    }

    /** The same organ's report of the year after, if the library has it. */
    Optional<StoredReport> next(long id, String organ, Integer year) {
        return neighbour(id, organ, year, 1);
    }

    private Optional<StoredReport> neighbour(long id, String organ, Integer year, int step) {
        if (year == null) {
            return Optional.empty();
        }
        List<OrganLinkRepository.OrganLink> said = links.of(id);
        List<StoredReport> candidates = reports.ofYear(year + step);
        StoredReport byName = null;
        for (StoredReport candidate : candidates) {
            if (candidate.id() == id) {
                continue;
            }
            Optional<Boolean> word = said.stream().filter(l -> l.concerns(candidate.id()))
                    .map(OrganLinkRepository.OrganLink::same).findFirst();
            if (word.orElse(false)) {
                return Optional.of(candidate); // the examiner's link wins
            }
            if (word.isEmpty() && OrganNames.same(organ, candidate.organ())) {
                byName = candidate; // the latest import of the same name
            }
        }
        return Optional.ofNullable(byName);
    }

    /** What a session compares with: the previous year's tables as now corrected and the repetition against it. */
    Optional<PreviousYear> previousYear(long id, Report report) {
        return previous(id, report.organ(), report.year()).map(stored ->
                new PreviousYear(stored, tablesOf(stored), Repetition.of(NarrativeSentences.of(report),
                        sentencesOf(stored.id()))));
    }

    /** A stored report's tables with the examiner's corrections in force, in a report with nothing else. */
    Report tablesOf(StoredReport stored) {
        Tables.Builder tables = Tables.builder();
        for (Cell cell : cells.load(stored.id())) {
            tables.put(cell);
        }
        Report parsed = new Report(stored.fileName(), stored.sourceFormat(), stored.organ(), stored.year(),
                stored.template(), tables.build(), List.of(), List.of(), List.of(), "");
        return CorrectionApplier.apply(parsed, EventReplay.replay(journal.events(stored.id())).correctionsInForce());
    }

    /** Keeps a report's narrative sentences for the comparisons to come. */
    void saveSentences(long id, Report report) {
        StringBuilder text = new StringBuilder();
        for (NarrativeSentences.Sentence s : NarrativeSentences.of(report)) {
            text.append(s.span().start()).append('\t').append(s.span().end()).append('\t').append(s.words())
                    .append('\n');
        }
        narratives.save(id, text.toString());
    }

    List<NarrativeSentences.Sentence> sentencesOf(long id) {
        List<NarrativeSentences.Sentence> out = new ArrayList<>();
        for (String line : narratives.load(id).orElse("").split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                out.add(new NarrativeSentences.Sentence(
                        new Span(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])), parts[2]));
            }
        }
        return out;
    }

    /** The findings of the comparison with the previous year (none without one). */
    List<Finding> crossFindings(Report current, PreviousYear previous) {
        return previous == null ? List.of()
                : checker.check(current, previous.tables(), previous.repetition()).findings();
    }

    /** The library's summary of a report whose findings (cross-year ones included) these are. */
    static ReportSummary summary(List<Finding> findings, PreviousYear previous) {
        int errors = count(findings, Severity.ERROR, false);
        int warnings = count(findings, Severity.WARNING, false);
        if (previous == null) {
            return ReportSummary.alone(errors, warnings);
        }
        return new ReportSummary(errors, warnings, previous.stored().id(), previous.repetition().rate(),
                count(findings, Severity.ERROR, true), count(findings, Severity.WARNING, true));
    }

    private static int count(List<Finding> findings, Severity severity, boolean crossYearOnly) {
        return (int) findings.stream().filter(f -> f.severity() == severity)
                .filter(f -> !crossYearOnly || CrossYearChecker.RULES.contains(f.rule())).count();
    }

    /**
     * Compares a stored report that is not open with its previous year again (after that year was corrected,
     * imported or linked), and stores the new summary: its own counts stay, the cross-year part is replaced.
     */
    void refreshStored(StoredReport stored) {
        int ownErrors = stored.errorCount() - stored.crossErrors();
        int ownWarnings = stored.warningCount() - stored.crossWarnings();
        Optional<StoredReport> previous = previous(stored.id(), stored.organ(), stored.year());
        if (previous.isEmpty()) {
            reports.updateSummary(stored.id(), ReportSummary.alone(ownErrors, ownWarnings));
            return;
        }
        Report tables = tablesOf(stored);
        PreviousYear before = new PreviousYear(previous.get(), tablesOf(previous.get()),
                Repetition.of(sentencesOf(stored.id()), sentencesOf(previous.get().id())));
        List<Finding> cross = crossFindings(tables, before);
        int crossErrors = count(cross, Severity.ERROR, true);
        int crossWarnings = count(cross, Severity.WARNING, true);
        reports.updateSummary(stored.id(), new ReportSummary(ownErrors + crossErrors, ownWarnings + crossWarnings,
                previous.get().id(), before.repetition().rate(), crossErrors, crossWarnings));
    }
}
