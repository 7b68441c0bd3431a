package nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The narrative sentences of each report as a repetition rate compares them (one per line: start, end and words,
 * tab-separated), so a report is compared with its previous year without re-reading either source.
 */
public final class NarrativeRepository {
    private final Database db;

    public NarrativeRepository(Database db) {
        this.db = db;
    }

    /** Stores (or replaces) a report's sentences. */
    public void save(long reportId, String sentences) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR REPLACE INTO narratives (report_id, sentences) VALUES (?, ?)")) {
                st.setLong(1, reportId);
                st.setString(2, sentences);
                return st.executeUpdate();
            }
        });
    }

    public Optional<String> load(long reportId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT sentences FROM narratives WHERE report_id = ?")) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
