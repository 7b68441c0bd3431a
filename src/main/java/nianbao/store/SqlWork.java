package nianbao.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of SQL a repository runs on the database's one connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
