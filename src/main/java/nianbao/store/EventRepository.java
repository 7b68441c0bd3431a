package nianbao.store;

import nianbao.model.CellRef;
import nianbao.model.CorrectionKind;
import nianbao.model.FindingKey;
import nianbao.model.Resolution;
import nianbao.model.ReviewStatus;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only log of the examiner's actions per report; rows are only ever inserted (triggers refuse updates and
 * deletes), and a report's state is whatever replaying its log gives.
 */
public final class EventRepository {
    private final Database db;

    public EventRepository(Database db) {
        this.db = db;
    }

    /** Appends one event; fails (and stores nothing) if the report already has an event with that seq. */
    public void append(ReviewEvent e) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO events (report_id, seq, type, table_key, "
                    + "row_key, column_key, old_raw, new_raw, correction_kind, finding_rule, finding_table, "
                    + "finding_row, finding_column, resolution, status, target_seq, note, examiner, at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                CellRef cell = e.cell();
                FindingKey f = e.finding();
                st.setLong(1, e.reportId());
                st.setLong(2, e.seq());
                st.setString(3, e.type().id());
                st.setString(4, cell == null ? null : cell.table());
                st.setString(5, cell == null ? null : cell.row());
                st.setString(6, cell == null ? null : cell.column());
                st.setString(7, e.oldRaw());
                st.setString(8, e.newRaw());
                Columns.setName(st, 9, e.correctionKind());
                st.setString(10, f == null ? null : f.rule());
                st.setString(11, f == null ? null : f.table());
                st.setString(12, f == null ? null : f.row());
                st.setString(13, f == null ? null : f.column());
                Columns.setName(st, 14, e.resolution());
                Columns.setName(st, 15, e.status());
                Columns.setInteger(st, 16, e.targetSeq());
                st.setString(17, e.note());
                st.setString(18, e.examiner());
                st.setString(19, e.at().toString());
                return st.executeUpdate();
            }
        });
    }

    /** A report's events in the order they were taken. */
    public List<ReviewEvent> events(long reportId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM events WHERE report_id = ? ORDER BY seq")) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    List<ReviewEvent> events = new ArrayList<>();
                    while (rs.next()) {
                        events.add(read(rs));
                    }
                    return events;
                }
            }
        });
    }

    private static ReviewEvent read(ResultSet rs) throws SQLException {
        String table = rs.getString("table_key");
        CellRef cell = table == null ? null
                : new CellRef(table, rs.getString("row_key"), rs.getString("column_key"));
        String rule = rs.getString("finding_rule");
        FindingKey finding = rule == null ? null : new FindingKey(rule, rs.getString("finding_table"),
                rs.getString("finding_row"), rs.getString("finding_column"));
        return new ReviewEvent(rs.getLong("report_id"), rs.getLong("seq"), EventType.of(rs.getString("type")), cell,
                rs.getString("old_raw"), rs.getString("new_raw"),
                Columns.getName(rs, "correction_kind", CorrectionKind.class), finding,
                Columns.getName(rs, "resolution", Resolution.class),
                Columns.getName(rs, "status", ReviewStatus.class), Columns.getLong(rs, "target_seq"),
                rs.getString("note"), rs.getString("examiner"), Columns.getInstant(rs, "at"));
    }
}
