package nianbao.store;

import nianbao.model.Report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * Each stored report as the current build parsed it, so that opening it from the library does not read its document
 * again. Kept per build: a parse made by another build is not used (and is replaced once the report is read again).
 */
public final class ParsedReportRepository {
    private final Database db;

    public ParsedReportRepository(Database db) {
        this.db = db;
    }

    /** Keeps the report as parsed by {@code reader} (replacing what another build kept). */
    public void save(long reportId, String reader, Report report) {
        byte[] body = ParsedReportCodec.encode(report);
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR REPLACE INTO parsed_reports (report_id, reader, body) VALUES (?, ?, ?)")) {
                st.setLong(1, reportId);
                st.setString(2, reader);
                st.setBytes(3, body);
                return st.executeUpdate();
            }
        });
    }

    /** The report as {@code reader} parsed it; empty when another build parsed it, or none did, or it is damaged. */
    public Optional<Report> load(long reportId, String reader) {
        byte[] body = db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT body FROM parsed_reports WHERE report_id = ? AND reader = ?")) {
                st.setLong(1, reportId);
                st.setString(2, reader);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
        return body == null ? Optional.empty() : Optional.ofNullable(ParsedReportCodec.decode(body));
    }
}
