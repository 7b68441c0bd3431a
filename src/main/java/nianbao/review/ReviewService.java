package nianbao.review;

import nianbao.check.Checker;
import nianbao.extract.Extractors;
import nianbao.read.ReadFailure;
import nianbao.read.ReaderVersion;
import nianbao.read.ReportReader;
import nianbao.model.BadInputException;
import nianbao.model.Report;
import nianbao.model.ReviewedReport;
import nianbao.store.CellRepository;
import nianbao.store.Database;
import nianbao.store.EventRepository;
import nianbao.store.NarrativeRepository;
import nianbao.store.OrganLinkRepository;
import nianbao.store.ReportRepository;
import nianbao.store.ReportSummary;
import nianbao.store.SourceRepository;
import nianbao.store.StoredReport;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's door for the window: opens the review database, opens a report — importing it (metadata, source
 * bytes, parsed cells) the first time its bytes are seen, restoring its review from the event log afterwards — and
 * lists the library. The cells shown always come from a fresh parse, so parser improvements reach stored reports.
 * While a session for a report is in use, opening that report again returns the same session.
 */
public final class ReviewService implements AutoCloseable {
    private final Database db;
    private final ReportRepository reports;
    private final SourceRepository sources;
    private final CellRepository cells;
    private final nianbao.store.ParsedReportRepository parsedReports;
    private final ReviewJournal journal;
    private final Season season;
    private final OrganLinkRepository links;
    private final Checker checker = new Checker();
    private final ReportReader reader;
    private final AtomicReference<String> examiner;
    private final Clock clock;
    private final Map<Long, WeakReference<StoredReviewSession>> live = new HashMap<>();

    private ReviewService(Database db, String examiner, Clock clock, ReportReader reader) {
        this.db = db;
        this.reader = reader;
        this.reports = new ReportRepository(db);
        this.sources = new SourceRepository(db);
        this.cells = new CellRepository(db);
        this.parsedReports = new nianbao.store.ParsedReportRepository(db);
        this.journal = new ReviewJournal(db, new EventRepository(db), reports);
        this.links = new OrganLinkRepository(db);
        this.season = new Season(reports, cells, new NarrativeRepository(db), links, journal);
        this.examiner = new AtomicReference<>(Objects.requireNonNull(examiner, "examiner"));
        this.clock = clock;
    }

    /** Opens (or creates) the database; a damaged file is set aside and {@link #startupWarning()} says so. */
    public static ReviewService open(Path databaseFile, String examiner, Clock clock) {
        return open(databaseFile, examiner, clock, new ReportReader());
    }

    /** Opens (or creates) the database, reading documents with the given reader (and so its limits). */
    public static ReviewService open(Path databaseFile, String examiner, Clock clock, ReportReader reader) {
        Path appFolder = DefaultDatabaseLocation.current().toAbsolutePath().getParent();
        if (appFolder != null) {
            nianbao.store.NativeLibraryFolder.use(appFolder.resolve("native"));
        }
        return new ReviewService(Database.open(databaseFile, clock), examiner, clock, reader);
    }

    /** The per-user database file of this platform (see {@link DefaultDatabaseLocation}). */
    public static Path defaultDatabase() {
        return DefaultDatabaseLocation.current();
    }

    /** The message to show when the database file was damaged and set aside on open (Chinese, then English). */
    public Optional<String> startupWarning() {
        return db.startupWarning();
    }

    /** The examiner recorded with every later action, in open sessions too. */
    public void setExaminer(String name) {
        examiner.set(Objects.requireNonNull(name, "examiner"));
    }

    /**
     * Opens a file: reads it within the reader's limits and, the first time its bytes are seen, stores it. A file
     * the reader gives up on is never stored.
     */
    public ReviewSession open(Path file) throws BadInputException {
        return open(fileName(file), Extractors.readBytes(file, reader.limits().maxBytes()));
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** What importing a file came to: the report's id, and whether it was new to the library. */
    public record Imported(long reportId, boolean isNew) {
    }

    /**
     * Imports a file (a folder import, the command line): a file whose bytes are already in the library is known by
     * its hash and not read again; a new one is read within the reader's limits and stored.
     */
    public Imported importFile(Path file) throws BadInputException {
        byte[] bytes = Extractors.readBytes(file, reader.limits().maxBytes());
        String hash = SourceHash.of(bytes);
        Optional<StoredReport> known = reports.findByHash(hash);
        if (known.isPresent()) {
            repairSource(known.get().id(), hash, bytes);
            return new Imported(known.get().id(), false);
        }
        return new Imported(session(reader.read(fileName(file), bytes).report(), hash, bytes).reportId(), true);
    }

    /** Opens a document held in memory (the bundled sample) under the given file name. */
    public ReviewSession open(String name, byte[] bytes) throws BadInputException {
        String hash = SourceHash.of(bytes);
        Optional<StoredReport> stored = reports.findByHash(hash);
        if (stored.isPresent()) {
            repairSource(stored.get().id(), hash, bytes);
            StoredReviewSession open = reopened(stored.get().id());
            if (open != null && open.readOnly().isEmpty()) {
                return open;
            }
            synchronized (this) {
                live.remove(stored.get().id()); // read-only because its stored source had changed: open it afresh
            }
        }
        return session(reader.read(name, bytes).report(), hash, bytes);
    }

    /**
     * Opens a report of the library from its stored source bytes, without the original file.
     *
     * @throws NoSuchElementException when there is no such report
     * @throws IllegalStateException when this version of the parser can no longer read the stored bytes
     *
     * <p>The stored bytes are checked against the SHA-256 they were imported with on every re-read; when they differ,
     * the session opens read-only ({@link ReviewSession#readOnly()}).
     */
    public ReviewSession openStored(long reportId) {
        StoredReviewSession open = reopened(reportId);
        if (open != null) {
            return open;
        }
        StoredReport stored = reports.find(reportId)
                .orElseThrow(() -> new NoSuchElementException("no stored report with id " + reportId));
        byte[] bytes = sources.load(reportId)
                .orElseThrow(() -> new NoSuchElementException("no stored source for report " + reportId));
        boolean intact = SourceHash.of(bytes).equals(stored.sourceHash());
        try {
            ReviewSession session = session(intact ? parsed(reportId, stored.fileName(), bytes)
                    : reader.read(stored.fileName(), bytes).report(), stored.sourceHash(), bytes);
            if (!intact && session instanceof StoredReviewSession opened && opened.readOnly().isEmpty()) {
                opened.readOnly(new SourceChangedException(stored.fileName()));
            }
            return session;
        } catch (ReadFailure e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A stored report as this build parses it: kept from its import or an earlier opening when the same build parsed
     * it, else read again from its source (and kept).
     */
    private Report parsed(long reportId, String fileName, byte[] bytes) throws ReadFailure {
        Optional<String> build = ReaderVersion.current();
        Optional<Report> kept = build.flatMap(stamp -> parsedReports.load(reportId, stamp));
        if (kept.isPresent()) {
            return kept.get();
        }
        Report report = reader.read(fileName, bytes).report();
        build.ifPresent(stamp -> parsedReports.save(reportId, stamp, report));
        return report;
    }

    /** Every report opened so far, the most recently opened first. */
    public List<LibraryEntry> library() {
        return reports.all().stream().map(LibraryEntry::of).toList();
    }

    /**
     * The same organ's previous year in the library for a report that is not stored in it (check --db), with the
     * repetition of the report's narrative against it.
     */
    public Optional<PreviousYear> previousYearOf(Report report) {
        return season.previousYear(-1, report);
    }

    /** The threshold of text.repetition and the other cross-year checks in force. */
    public nianbao.check.CrossYearChecker crossYearChecker() {
        return season.checker();
    }

    /**
     * The season's summary of the reports given (export --overview, the library's 导出汇总表): each as reviewed
     * now, by organ, then year (an organ's years side by side), then id.
     *
     * @throws IllegalStateException when a stored report can no longer be read
     */
    public List<nianbao.model.OverviewRow> overview(List<Long> reportIds) {
        java.util.Comparator<LibraryEntry> order = java.util.Comparator
                .comparing((LibraryEntry e) -> nianbao.check.OrganNames.key(e.organ()))
                .thenComparing(LibraryEntry::year, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparingLong(LibraryEntry::id);
        List<nianbao.model.OverviewRow> rows = new java.util.ArrayList<>();
        for (LibraryEntry entry : reportIds.stream().map(this::entry).flatMap(Optional::stream).sorted(order).toList()) {
            rows.add(new nianbao.model.OverviewRow(entry.id(), reviewed(openStored(entry.id())), entry.lastExaminer(),
                    entry.repetition()));
        }
        return rows;
    }

    /** One report of the library, if there is one with that id. */
    public Optional<LibraryEntry> entry(long reportId) {
        return reports.find(reportId).map(LibraryEntry::of);
    }

    /**
     * Sets the share (0–1) of last year's narrative above which {@code text.repetition} is raised, for the reports
     * opened from now on.
     */
    public void setRepetitionThreshold(double threshold) {
        season.setThreshold(threshold);
    }

    /**
     * Records the examiner's word that two reports are ({@code same}) or are not of the same organ, which wins over
     * their names; both are compared with their previous year again.
     */
    public void link(long a, long b, boolean same) {
        links.set(a, b, same);
        refreshCrossYear(a);
        refreshCrossYear(b);
    }

    /** Forgets the examiner's word on two reports: their names decide again. */
    public void unlink(long a, long b) {
        links.clear(a, b);
        refreshCrossYear(a);
        refreshCrossYear(b);
    }

    /** Compares a report with its previous year again, in its open session if it has one, else as stored. */
    private void refreshCrossYear(long reportId) {
        StoredReviewSession open = live(reportId);
        if (open != null) {
            Report report = open.original();
            Optional<StoredReport> previous = season.previous(reportId, report.organ(), report.year());
            // the same previous report as before: only its tables may have changed, the narratives have not
            Optional<PreviousYear> same = open.previousYear()
                    .filter(was -> previous.isPresent() && was.stored().id() == previous.get().id());
            open.previousChanged(previous.map(p -> same.isPresent()
                    ? new PreviousYear(p, season.tablesOf(p), same.get().repetition())
                    : season.previousYear(reportId, report).orElse(null)).orElse(null));
        } else {
            reports.find(reportId).ifPresent(season::refreshStored);
        }
    }

    /** After a change to a report: the same organ's next year is compared with it again. */
    private void afterChange(StoredReviewSession changed) {
        Report report = changed.original();
        season.next(changed.reportId(), report.organ(), report.year())
                .ifPresent(next -> refreshCrossYear(next.id()));
    }

    /** The bytes of a stored report's source file as they were imported (to render its pages); empty when unknown. */
    public Optional<byte[]> sourceBytes(long reportId) {
        return sources.load(reportId);
    }

    /** Everything an export needs about a session's report, as of now, under the current examiner's name. */
    public ReviewedReport reviewed(ReviewSession session) {
        session.readOnly().ifPresent(changed -> {
            throw changed; // an export would show values that may not be the document's
        });
        StoredReport stored = reports.find(session.reportId())
                .orElseThrow(() -> new NoSuchElementException("no stored report with id " + session.reportId()));
        return new ReviewedReport(stored.fileName(), session.sourceHash(), session.original(), session.current(),
                session.findings(), session.resolutions(), session.corrections(), session.history(),
                session.status(), examiner.get(), clock.instant());
    }

    @Override
    public void close() {
        db.close();
    }

    /**
     * The session of a report just read: stored first if its bytes are new. The year after, if already in the
     * library, is compared with it once the lock on the service is released (that comparison takes the other
     * session's lock, which its own edits take before this one's).
     */
    private ReviewSession session(Report parsed, String hash, byte[] bytes) {
        boolean[] imported = {false};
        StoredReviewSession session = storedSession(parsed, hash, bytes, imported);
        if (imported[0]) {
            afterChange(session);
        }
        return session;
    }

    private synchronized StoredReviewSession storedSession(Report parsed, String hash, byte[] bytes,
                                                           boolean[] imported) {
        Instant now = clock.instant();
        StoredReport stored = db.transaction(() -> reports.findByHash(hash).orElseGet(() -> {
            imported[0] = true;
            return importReport(parsed, hash, bytes, now);
        }));
        StoredReviewSession open = reopened(stored.id());
        if (open != null) {
            return open;
        }
        StoredReviewSession session = new StoredReviewSession(stored.id(), hash, parsed,
                EventReplay.replay(journal.events(stored.id())), journal, checker, season,
                season.previousYear(stored.id(), parsed).orElse(null), this::afterChange, examiner::get, clock);
        reports.markOpened(stored.id(), now, session.summary());
        live.values().removeIf(ref -> ref.get() == null);
        live.put(stored.id(), new WeakReference<>(session));
        return session;
    }

    /** Stores a newly seen report: metadata, source bytes, parsed cells and narrative (its counts follow at once). */
    private StoredReport importReport(Report parsed, String hash, byte[] bytes, Instant now) {
        StoredReport stored = reports.insert(parsed, hash, ReportSummary.alone(0, 0), now);
        sources.save(stored.id(), bytes);
        cells.saveAll(stored.id(), parsed.tables().cells());
        ReaderVersion.current().ifPresent(stamp -> parsedReports.save(stored.id(), stamp, parsed));
        season.saveSentences(stored.id(), parsed);
        return stored;
    }

    private synchronized StoredReviewSession live(long reportId) {
        WeakReference<StoredReviewSession> ref = live.get(reportId);
        return ref == null ? null : ref.get();
    }

    /** Re-importing the original puts back a stored source that was changed since its import. */
    private void repairSource(long reportId, String hash, byte[] bytes) {
        Optional<byte[]> kept = sources.load(reportId);
        if (kept.isEmpty()) {
            sources.save(reportId, bytes);
        } else if (!SourceHash.of(kept.get()).equals(hash)) {
            sources.replace(reportId, bytes);
        }
    }

    /** The session still in use for the report, marked opened again; null when there is none. */
    private synchronized StoredReviewSession reopened(long reportId) {
        StoredReviewSession session = live(reportId);
        if (session != null) {
            reports.markOpened(reportId, clock.instant(), session.summary());
        }
        return session;
    }
}
