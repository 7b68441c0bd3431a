package nianbao.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The examiner's own word on whether two reports are of the same organ, which wins over their names. */
public final class OrganLinkRepository {
    /** Two reports (the smaller id first) and whether the examiner says they are of the same organ. */
    public record OrganLink(long first, long second, boolean same) {
        public OrganLink {
            if (first >= second) {
                throw new IllegalArgumentException("first id must be the smaller: " + first + ", " + second);
            }
        }

        public boolean concerns(long id) {
            return first == id || second == id;
        }

        public long other(long id) {
            return first == id ? second : first;
        }
    }

    private final Database db;

    public OrganLinkRepository(Database db) {
        this.db = db;
    }

    /** Records that two reports are (or are not) of the same organ, replacing what was said of them before. */
    public void set(long a, long b, boolean same) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR REPLACE INTO organ_links (first_id, second_id, same) VALUES (?, ?, ?)")) {
                st.setLong(1, Math.min(a, b));
                st.setLong(2, Math.max(a, b));
                st.setInt(3, same ? 1 : 0);
                return st.executeUpdate();
            }
        });
    }

    /** Forgets what the examiner said of two reports: their names decide again. */
    public void clear(long a, long b) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "DELETE FROM organ_links WHERE first_id = ? AND second_id = ?")) {
                st.setLong(1, Math.min(a, b));
                st.setLong(2, Math.max(a, b));
                return st.executeUpdate();
            }
        });
    }

    /** What the examiner said of the report and any other. */
    public List<OrganLink> of(long id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT first_id, second_id, same FROM organ_links WHERE first_id = ? OR second_id = ?")) {
                st.setLong(1, id);
                st.setLong(2, id);
                try (ResultSet rs = st.executeQuery()) {
                    List<OrganLink> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new OrganLink(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1));
                    }
                    return out;
                }
            }
        });
    }
}
