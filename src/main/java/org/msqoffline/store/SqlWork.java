package org.msqoffline.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on the connection, run by {@link Database#inTransaction} or {@link Database#read}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
