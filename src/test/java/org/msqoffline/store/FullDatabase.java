package org.msqoffline.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes an open data folder's database unable to grow, and able again: SQLite's own {@code max_page_count}, which
 * fails the next write needing a page with SQLITE_FULL, the code a full disk gives. For tests of the long-lived
 * connection (the desktop app's); the kernel's full disk is {@code cli.FullDiskTest}.
 */
public final class FullDatabase {
    private static final long SQLITE_MAX_PAGES = 4_294_967_294L;

    private FullDatabase() {
    }

    /** No page may be added from now on. */
    public static void freeze(DataFolder data) {
        Database database = data.database();
        synchronized (database) {
            try {
                execute(database, "PRAGMA max_page_count = " + SqliteFiles.queryInt(database.connection(), "PRAGMA page_count"));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Room again (space was freed). */
    public static void thaw(DataFolder data) {
        Database database = data.database();
        synchronized (database) {
            execute(database, "PRAGMA max_page_count = " + SQLITE_MAX_PAGES);
        }
    }

    private static void execute(Database database, String sql) {
        try (Statement statement = database.connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(sql, e);
        }
    }
}
