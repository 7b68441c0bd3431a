package nianbao.store;

import nianbao.model.Box;
import nianbao.model.Cell;
import nianbao.model.CellRef;
import nianbao.model.Provenance;
import nianbao.model.Span;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells as the parser read them at import, with their provenance: a record of what the examiner was first shown,
 * kept even when a later parser reads the same file differently.
 */
public final class CellRepository {
    private final Database db;

    public CellRepository(Database db) {
        this.db = db;
    }

    public void saveAll(long reportId, Iterable<Cell> cells) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cells (report_id, table_key, row_key, "
                    + "column_key, raw, kind, number, span_start, span_end, page, box_x, box_y, box_w, box_h, "
                    + "uncertainty, inference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Cell cell : cells) {
                    bind(st, reportId, cell);
                    st.addBatch();
                }
                st.executeBatch();
                return null;
            }
        });
    }

    /** The stored cells of a report, in the order they were saved. */
    public List<Cell> load(long reportId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM cells WHERE report_id = ? ORDER BY rowid")) {
                st.setLong(1, reportId);
                try (ResultSet rs = st.executeQuery()) {
                    List<Cell> cells = new ArrayList<>();
                    while (rs.next()) {
                        cells.add(read(rs));
                    }
                    return cells;
                }
            }
        });
    }

    private static void bind(PreparedStatement st, long reportId, Cell cell) throws SQLException {
        Provenance p = cell.provenance();
        Span span = p == null ? null : p.span();
        Box box = p == null ? null : p.box();
        st.setLong(1, reportId);
        st.setString(2, cell.ref().table());
        st.setString(3, cell.ref().row());
        st.setString(4, cell.ref().column());
        st.setString(5, cell.raw());
        Columns.setName(st, 6, cell.kind());
        st.setString(7, cell.number() == null ? null : cell.number().toPlainString());
        Columns.setInteger(st, 8, span == null ? null : span.start());
        Columns.setInteger(st, 9, span == null ? null : span.end());
        Columns.setInteger(st, 10, box == null ? null : box.page());
        Columns.setReal(st, 11, box == null ? null : box.x());
        Columns.setReal(st, 12, box == null ? null : box.y());
        Columns.setReal(st, 13, box == null ? null : box.width());
        Columns.setReal(st, 14, box == null ? null : box.height());
        st.setString(15, cell.uncertainty());
        st.setString(16, cell.inference());
    }

    private static Cell read(ResultSet rs) throws SQLException {
        CellRef ref = new CellRef(rs.getString("table_key"), rs.getString("row_key"), rs.getString("column_key"));
        String number = rs.getString("number");
        return new Cell(ref, rs.getString("raw"), Columns.getName(rs, "kind", Cell.Kind.class),
                number == null ? null : new BigDecimal(number), provenance(rs), rs.getString("uncertainty"),
                rs.getString("inference"));
    }

    /** A cell without span and box had no provenance. */
    private static Provenance provenance(ResultSet rs) throws SQLException {
        Integer start = Columns.getInteger(rs, "span_start");
        Span span = start == null ? null : new Span(start, rs.getInt("span_end"));
        Integer page = Columns.getInteger(rs, "page");
        Box box = page == null ? null : new Box(page, rs.getDouble("box_x"), rs.getDouble("box_y"),
                rs.getDouble("box_w"), rs.getDouble("box_h"));
        return span == null && box == null ? null : new Provenance(span, box);
    }
}
