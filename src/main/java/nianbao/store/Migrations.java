package nianbao.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema as a list of steps: step i takes {@code PRAGMA user_version} from i to i+1, each in its own transaction,
 * so a database written by an older version is brought up to date on open and a new one is created from nothing.
 * A step, once released, is never edited; a change to the schema is a new step.
 */
final class Migrations {
    private static final List<List<String>> STEPS = List.of(version1(), version2(), version3(), version4());

    private Migrations() {
    }

    /** The schema version this build writes. */
    static int latest() {
        return STEPS.size();
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void apply(Connection c) throws SQLException {
        int version = userVersion(c);
        if (version > latest()) {
            throw new StoreException(StoreException.Kind.NEWER_VERSION,
                    "数据库由更新版本的年报审查创建（架构版本 " + version + "），请升级本程序",
                    "the database was written by a newer version of Nianbao Review, schema version " + version
                            + "; please update", null);
        }
        for (int step = version; step < latest(); step++) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : STEPS.get(step)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (step + 1));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static List<String> version1() {
        return List.of("""
                CREATE TABLE reports (
                  id INTEGER PRIMARY KEY,
                  file_name TEXT NOT NULL,
                  source_hash TEXT NOT NULL UNIQUE,
                  source_format TEXT NOT NULL,
                  organ TEXT,
                  year INTEGER,
                  template TEXT NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('UNREVIEWED', 'IN_REVIEW', 'REVIEWED')),
                  error_count INTEGER NOT NULL DEFAULT 0,
                  imported_at TEXT NOT NULL,
                  opened_at TEXT NOT NULL)""", """
                CREATE TABLE sources (
                  report_id INTEGER PRIMARY KEY REFERENCES reports(id),
                  bytes BLOB NOT NULL)""", """
                CREATE TABLE cells (
                  report_id INTEGER NOT NULL REFERENCES reports(id),
                  table_key TEXT NOT NULL,
                  row_key TEXT NOT NULL,
                  column_key TEXT NOT NULL,
                  raw TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('NUMBER', 'BLANK', 'TEXT')),
                  number TEXT,
                  span_start INTEGER,
                  span_end INTEGER,
                  page INTEGER,
                  box_x REAL,
                  box_y REAL,
                  box_w REAL,
                  box_h REAL,
                  uncertainty TEXT,
                  PRIMARY KEY (report_id, table_key, row_key, column_key))""", """
                CREATE TABLE events (
                  id INTEGER PRIMARY KEY,
                  report_id INTEGER NOT NULL REFERENCES reports(id),
                  seq INTEGER NOT NULL,
                  type TEXT NOT NULL CHECK (type IN ('correct', 'resolve', 'status', 'undo', 'redo')),
                  table_key TEXT,
                  row_key TEXT,
                  column_key TEXT,
                  old_raw TEXT,
                  new_raw TEXT,
                  correction_kind TEXT,
                  finding_rule TEXT,
                  finding_table TEXT,
                  finding_row TEXT,
                  finding_column TEXT,
                  resolution TEXT,
                  status TEXT,
                  target_seq INTEGER,
                  note TEXT,
                  examiner TEXT NOT NULL,
                  at TEXT NOT NULL,
                  UNIQUE (report_id, seq))""", """
                CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END""", """
                CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
                BEGIN SELECT RAISE(ABORT, 'events are append-only'); END""");
    }

    /** How the form's sums placed a cell among the places its layout allowed (value.inferred). */
    private static List<String> version2() {
        return List.of("ALTER TABLE cells ADD COLUMN inference TEXT");
    }

    /**
     * The season: warning counts, each report's comparison with the same organ's previous year (which report, the
     * repetition rate, the cross-year findings' counts), the narrative sentences a repetition rate is measured on,
     * and the examiner's links between reports of the same organ (or not).
     */
    private static List<String> version3() {
        return List.of(
                "ALTER TABLE reports ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE reports ADD COLUMN previous_id INTEGER REFERENCES reports(id)",
                "ALTER TABLE reports ADD COLUMN repetition REAL",
                "ALTER TABLE reports ADD COLUMN cross_errors INTEGER NOT NULL DEFAULT 0",
                "ALTER TABLE reports ADD COLUMN cross_warnings INTEGER NOT NULL DEFAULT 0",
                "CREATE INDEX reports_by_year ON reports(year)", """
                CREATE TABLE narratives (
                  report_id INTEGER PRIMARY KEY REFERENCES reports(id),
                  sentences TEXT NOT NULL)""", """
                CREATE TABLE organ_links (
                  first_id INTEGER NOT NULL REFERENCES reports(id),
                  second_id INTEGER NOT NULL REFERENCES reports(id),
                  same INTEGER NOT NULL CHECK (same IN (0, 1)),
                  PRIMARY KEY (first_id, second_id),
                  CHECK (first_id < second_id))""");
    }

    /** Each report as the current build parsed it, so that opening it from the library does not read it again. */
    private static List<String> version4() {
        return List.of("""
                CREATE TABLE parsed_reports (
                  report_id INTEGER PRIMARY KEY REFERENCES reports(id),
                  reader TEXT NOT NULL,
                  body BLOB NOT NULL)""");
    }
}
