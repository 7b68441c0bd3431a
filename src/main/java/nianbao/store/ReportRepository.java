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

/** The library's reports: one row per distinct source file (by SHA-256), with its review status and error count. */
public final class ReportRepository {
    private static final String COLUMNS = "id, file_name, source_hash, source_format, organ, year, template, status, "
            + "error_count, imported_at, opened_at";

    private final Database db;

    public ReportRepository(Database db) {
        this.db = db;
    }

    /** Adds a newly imported report, not yet reviewed, imported and opened at {@code at}. */
    public StoredReport insert(Report report, String sourceHash, int errorCount, Instant at) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO reports (file_name, source_hash, "
                    + "source_format, organ, year, template, status, error_count, imported_at, opened_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
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
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new StoredReport(rs.getLong(1), report.file(), sourceHash, report.sourceFormat(),
                            report.organ(), report.year(), report.template(), ReviewStatus.UNREVIEWED, errorCount,
                            at, at);
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

    /** Records that the report was opened again, with the error count of its freshly parsed and checked version. */
    public void markOpened(long id, Instant at, int errorCount) {
        update(id, "UPDATE reports SET opened_at = ?, error_count = ? WHERE id = ?", st -> {
            st.setString(1, at.toString());
            st.setInt(2, errorCount);
            st.setLong(3, id);
        });
    }

    public void updateReview(long id, ReviewStatus status, int errorCount) {
        update(id, "UPDATE reports SET status = ?, error_count = ? WHERE id = ?", st -> {
            Columns.setName(st, 1, status);
            st.setInt(2, errorCount);
            st.setLong(3, id);
        });
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
                Columns.getInstant(rs, "imported_at"), Columns.getInstant(rs, "opened_at"));
    }

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }
}
