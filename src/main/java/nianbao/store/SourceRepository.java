package nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The source file's bytes of each report, so a stored report can be re-read without the original file. */
public final class SourceRepository {
    private final Database db;

    public SourceRepository(Database db) {
        this.db = db;
    }

    public void save(long reportId, byte[] bytes) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO sources (report_id, bytes) VALUES (?, ?)")) {
                st.setLong(1, reportId);
                st.setBytes(2, bytes);
                return st.executeUpdate();
            }
        });
    }

    /** Puts back a report's source bytes (a re-import of the original over a stored copy that was changed). */
    public void replace(long reportId, byte[] bytes) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE sources SET bytes = ? WHERE report_id = ?")) {
                st.setBytes(1, bytes);
                st.setLong(2, reportId);
                return st.executeUpdate();
            }
        });
    }

    public Optional<byte[]> load(long reportId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT bytes FROM sources WHERE report_id = ?")) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }
}
