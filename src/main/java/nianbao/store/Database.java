package nianbao.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * The one connection to the review database file: opens it with the pragmas that make an acknowledged write durable
 * (WAL, synchronous=FULL, foreign keys), brings the schema up to date, runs transactions, and sets a damaged file
 * aside for a fresh one, leaving a message for the examiner.
 */
public final class Database implements AutoCloseable {
    private final Connection connection;
    private final Path file;
    private final Path setAside;
    private int depth;

    private Database(Connection connection, Path file, Path setAside) {
        this.connection = connection;
        this.file = file;
        this.setAside = setAside;
    }

    /** Opens (or creates) the database; a damaged file is renamed {@code <name>.corrupt-<time>} and a new one started. */
    public static Database open(Path file, Clock clock) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (CorruptFile.lacksHeader(file)) {
                return fresh(file, clock);
            }
            try {
                return new Database(connect(file), file, null);
            } catch (SQLException e) {
                if (!CorruptFile.isCorruption(e)) {
                    throw e;
                }
                return fresh(file, clock);
            }
        } catch (SQLException e) {
            throw StoreException.of(e, file);
        } catch (IOException e) {
            throw StoreException.of(e, file);
        }
    }

    private static Database fresh(Path damaged, Clock clock) throws IOException, SQLException {
        Path setAside = CorruptFile.setAside(damaged, clock.instant());
        return new Database(connect(damaged), damaged, setAside);
    }

    private static Connection connect(Path file) throws SQLException {
        Properties properties = new Properties();
        // a write transaction takes the write lock at BEGIN, so two app instances wait for each other instead of
        // failing half-way through an action
        properties.setProperty("transaction_mode", "IMMEDIATE");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), properties);
        try {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                requireOk(st, "PRAGMA quick_check");
                String mode = single(st, "PRAGMA journal_mode = WAL");
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new SQLException("journal_mode is " + mode + ", not wal");
                }
                // FULL: the WAL is synced at every commit, so an acknowledged action survives a power cut, not only a
                // killed process; an examiner's actions come seconds apart, so the fsync costs nothing noticeable
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(c);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void requireOk(Statement st, String check) throws SQLException {
        String result = single(st, check);
        if (!"ok".equalsIgnoreCase(result)) {
            // reported as SQLITE_CORRUPT so the caller sets the file aside
            throw new SQLException(check + ": " + result, "corrupt", 11);
        }
    }

    private static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Where a damaged database file was moved on open, if it was. */
    public Optional<Path> setAsideFile() {
        return Optional.ofNullable(setAside);
    }

    /** The message to show the examiner when a damaged file was set aside (Chinese, then English in brackets). */
    public Optional<String> startupWarning() {
        return setAsideFile().map(p -> "审核数据库文件已损坏，无法读取。已将其移至 " + p + "，并新建了一个空的数据库；"
                + "之前的审核记录保留在该文件中。 (The review database was damaged and could not be read. It was moved to "
                + p + " and a new, empty database was started; earlier review records are kept in that file.)");
    }

    /** Runs the work in one transaction (joining the caller's if there is one): all of it is stored, or none. */
    public synchronized <T> T transaction(Supplier<T> work) {
        return write(c -> work.get());
    }

    public void transaction(Runnable work) {
        transaction(() -> {
            work.run();
            return null;
        });
    }

    synchronized <T> T write(SqlWork<T> work) {
        if (depth > 0) {
            return run(work);
        }
        depth++;
        boolean committed = false;
        try {
            connection.setAutoCommit(false);
            T result = run(work);
            connection.commit();
            committed = true;
            return result;
        } catch (SQLException e) {
            rollback();
            throw failure(e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            depth--;
            resetAutoCommit(committed);
        }
    }

    synchronized <T> T read(SqlWork<T> work) {
        return run(work);
    }

    private <T> T run(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    /** Back to auto-commit; after a failure, a failure of this too must not hide the first (a busy BEGIN). */
    private void resetAutoCommit(boolean committed) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (committed) {
                throw failure(e);
            }
        }
    }

    private StoreException failure(SQLException e) {
        return StoreException.of(e, file);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
