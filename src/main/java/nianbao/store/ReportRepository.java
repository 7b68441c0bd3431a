package nianbao.store;

import nianbao.model.FormatVersion;
import nianbao.model.Report;
import nianbao.model.ReviewStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's reports: one row per distinct source file (by SHA-256), with its review status, its finding counts
 * and its comparison with the same organ's previous year.
 */
public final class ReportRepository {
    private static final String COLUMNS = "id, file_name, source_hash, source_format, organ, year, template, status, "
            + "error_count, warning_count, imported_at, opened_at, previous_id, repetition, cross_errors, "
            + "cross_warnings, "
            + "(SELECT e.examiner FROM events e WHERE e.report_id = reports.id ORDER BY e.seq DESC LIMIT 1) AS last_examiner, "
            + "(SELECT e.at FROM events e WHERE e.report_id = reports.id ORDER BY e.seq DESC LIMIT 1) AS last_change";

    private final Database db;

    public ReportRepository(Database db) {
        this.db = db;
    }

    /** Adds a newly imported report, not yet reviewed, imported and opened at {@code at}. */
    public StoredReport insert(Report report, String sourceHash, ReportSummary summary, Instant at) {
        int errorCount = summary.errors();
        int warningCount = summary.warnings();
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO reports (file_name, source_hash, "
                    + "source_format, organ, year, template, status, error_count, imported_at, opened_at, "
                    + "warning_count, previous_id, repetition, cross_errors, cross_warnings) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                st.setString(1, report.file());
                st.setString(2, sourceHash);
                st.setString(3, report.sourceFormat());
                st.setString(4, report.organ());
                Columns.setInteger(st, 5, report.year());
                Columns.setName(st, 6, report.template());
                Columns.setName(st, 7, ReviewStatus.UNREVIEWED);
                st.setInt(8, errorCount);
                st.setString(9, at.toString());
                st.setString(10, at.toString());
                st.setInt(11, warningCount);
                Columns.setInteger(st, 12, summary.previousId());
                Columns.setReal(st, 13, summary.repetition());
                st.setInt(14, summary.crossErrors());
                st.setInt(15, summary.crossWarnings());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new StoredReport(rs.getLong(1), report.file(), sourceHash, report.sourceFormat(),
                            report.organ(), report.year(), report.template(), ReviewStatus.UNREVIEWED, errorCount,
                            warningCount, at, at, summary.previousId(), summary.repetition(), summary.crossErrors(),
                            summary.crossWarnings(), null, null);
                }
            }
        });
    }

    public Optional<StoredReport> findByHash(String sourceHash) {
        return db.read(c -> one(c.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE source_hash = ?"),
                st -> st.setString(1, sourceHash)));
    }

    public Optional<StoredReport> find(long id) {
        return db.read(c -> one(c.prepareStatement("SELECT " + COLUMNS + " FROM reports WHERE id = ?"),
                st -> st.setLong(1, id)));
    }

    /** The reports of a year, oldest import first (the candidates for a report's previous or next year). */
    public List<StoredReport> ofYear(int year) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM reports WHERE year = ? ORDER BY id")) {
                st.setInt(1, year);
                try (ResultSet rs = st.executeQuery()) {
                    List<StoredReport> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Every report, the most recently opened first. */
    public List<StoredReport> all() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM reports ORDER BY opened_at DESC, id DESC");
                 ResultSet rs = st.executeQuery()) {
                List<StoredReport> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(read(rs));
                }
                return out;
            }
        });
    }

    /** Records that the report was opened again, with the summary of its freshly parsed and checked version. */
    public void markOpened(long id, Instant at, ReportSummary summary) {
        update(id, "UPDATE reports SET opened_at = ?, " + SUMMARY + " WHERE id = ?", st -> {
            st.setString(1, at.toString());
            bindSummary(st, 2, summary);
            st.setLong(8, id);
        });
    }

    /** Records the report's review status and the summary of its findings after an examiner's action. */
    public void updateReview(long id, ReviewStatus status, ReportSummary summary) {
        update(id, "UPDATE reports SET status = ?, " + SUMMARY + " WHERE id = ?", st -> {
            Columns.setName(st, 1, status);
            bindSummary(st, 2, summary);
            st.setLong(8, id);
        });
    }

    /** Records the summary of a report's findings after its previous year changed (corrected, linked, imported). */
    public void updateSummary(long id, ReportSummary summary) {
        update(id, "UPDATE reports SET " + SUMMARY + " WHERE id = ?", st -> {
            bindSummary(st, 1, summary);
            st.setLong(7, id);
        });
    }

    private static final String SUMMARY = "error_count = ?, warning_count = ?, previous_id = ?, repetition = ?, "
            + "cross_errors = ?, cross_warnings = ?";

    private static void bindSummary(PreparedStatement st, int from, ReportSummary summary) throws SQLException {
        st.setInt(from, summary.errors());
        st.setInt(from + 1, summary.warnings());
        Columns.setInteger(st, from + 2, summary.previousId());
        Columns.setReal(st, from + 3, summary.repetition());
        st.setInt(from + 4, summary.crossErrors());
        st.setInt(from + 5, summary.crossWarnings());
    }

    private void update(long id, String sql, Binder binder) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                if (st.executeUpdate() != 1) {
                    throw new StoreException(StoreException.Kind.NO_SUCH_REPORT,
                            "没有编号为 " + id + " 的报告", "no stored report with id " + id, null);
                }
                return null;
            }
        });
    }

    private static Optional<StoredReport> one(PreparedStatement st, Binder binder) throws SQLException {
        try (st) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static StoredReport read(ResultSet rs) throws SQLException {
        return new StoredReport(rs.getLong("id"), rs.getString("file_name"), rs.getString("source_hash"),
                rs.getString("source_format"), rs.getString("organ"), Columns.getInteger(rs, "year"),
                Columns.getName(rs, "template", FormatVersion.class),
                Columns.getName(rs, "status", ReviewStatus.class), rs.getInt("error_count"),
                rs.getInt("warning_count"), Columns.getInstant(rs, "imported_at"), Columns.getInstant(rs, "opened_at"),
                Columns.getLong(rs, "previous_id"), Columns.getReal(rs, "repetition"), rs.getInt("cross_errors"),
                rs.getInt("cross_warnings"), rs.getString("last_examiner"), Columns.getInstant(rs, "last_change"));
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }
}
