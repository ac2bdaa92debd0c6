package org.msqoffline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.msqoffline.i18n.UserMessage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteOpenMode;

/**
 * The SQLite file: opened with WAL, synchronous FULL (a commit is on disk when it returns) and foreign
 * keys; checked with {@code PRAGMA quick_check}; brought up to date by numbered migrations. A file from a
 * newer app, or a damaged one, is refused before anything is written to it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** The migration scripts, in order; the database's {@code user_version} counts those applied. */
    static final List<String> MIGRATIONS = List.of("001-answers.sql", "002-history.sql", "003-carry-forward.sql",
            "004-delegation.sql");

    private static final int HEADER_BYTES = 100;
    private static final String SQLITE_MAGIC = "SQLite format 3\u0000";
    private static final int USER_VERSION_OFFSET = 60;

    private final Path file;
    private final Connection connection;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Loads SQLite's native library (a few hundredths of a second in a fresh process), so that a thread started
     * early can do it while other work goes on. A failure is left for {@link #open} to report.
     */
    public static void prepare() {
        try {
            SQLiteJDBCLoader.initialize();
        } catch (Exception e) {
            // open() meets the same failure and says it in the user's words.
        }
    }

    public static Database open(Path file) {
        return open(file, MIGRATIONS.size());
    }

    /** Opens and migrates up to {@code targetVersion}; lower targets exist for migration tests. */
    static Database open(Path file, int targetVersion) {
        boolean existed = Files.exists(file);
        if (existed) {
            inspectBeforeWriting(file);
        } else {
            OwnerOnly.createFile(file);
        }
        Connection connection = connect(file, false);
        Database database = new Database(file, connection);
        try {
            database.migrate(targetVersion);
            return database;
        } catch (SQLException e) {
            database.close();
            throw new StoreException(UserMessage.of("store.cannotPrepare", file.getFileName().toString(), e.getMessage()), e);
        }
    }

    /**
     * Opens a file for reading only, in a folder that cannot be written to: nothing is created beside it,
     * migrated or written. A file from an older version would need migrating: then {@code needsWriting}.
     */
    static Database openReadOnly(Path file, Supplier<StoreException> needsWriting) {
        if (inspectBeforeWriting(file) < MIGRATIONS.size()) {
            throw needsWriting.get();
        }
        try {
            return new Database(file, connectForInspection(file, Files.exists(Path.of(file + "-wal"))));
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("store.cannotOpen", file.toString(), e.getMessage()), e);
        }
    }

    public Path file() {
        return file;
    }

    /** The connection; callers synchronise on this database while they use it. */
    Connection connection() {
        return connection;
    }

    public int schemaVersion() throws SQLException {
        return userVersion(connection);
    }

    /**
     * A look before anything is written: the header says whether this is an SQLite file and which data
     * version it holds, so a newer file is refused without opening it at all; then quick_check, on a
     * connection that adds no file beside the database (immutable while no WAL file exists). Returns the
     * header's data version (a migration still only in the WAL is not counted).
     */
    static int inspectBeforeWriting(Path file) {
        byte[] header = new byte[HEADER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(header, 0, HEADER_BYTES) < HEADER_BYTES) {
                throw new DamagedDatabaseException(file, UserMessage.of("store.damaged.tooShort"));
            }
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("store.cannotRead", file.toString(), OwnerOnly.reason(e)), e);
        }
        if (!new String(header, 0, SQLITE_MAGIC.length(), StandardCharsets.US_ASCII).equals(SQLITE_MAGIC)) {
            throw new DamagedDatabaseException(file, UserMessage.of("store.damaged.notSqlite"));
        }
        int version = java.nio.ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
        if (version > MIGRATIONS.size()) {
            throw new NewerDatabaseException(version, MIGRATIONS.size());
        }
        boolean walPresent = Files.exists(Path.of(file + "-wal"));
        try (Connection readOnly = connectForInspection(file, walPresent);
                Statement statement = readOnly.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String verdict = result.next() ? result.getString(1) : null;
            if (!"ok".equals(verdict)) {
                throw new DamagedDatabaseException(file, sqliteSays(verdict));
            }
        } catch (SQLException e) {
            throw new DamagedDatabaseException(file, sqliteSays(e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse(null)));
        }
        return version;
    }

    /** SQLite's own words about a damaged file, as they are; ours when it said nothing. */
    private static UserMessage sqliteSays(String words) {
        return words == null || words.isBlank() ? UserMessage.of("store.damaged.noVerdict") : UserMessage.saying(words);
    }

    private static Connection connectForInspection(Path file, boolean walPresent) throws SQLException {
        if (walPresent) {
            // The WAL (after a crash, or another reader) holds committed answers: read it, do not ignore it.
            return connect(file, true);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        if (readOnly) {
            config.setOpenMode(SQLiteOpenMode.READONLY);
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new StoreException(UserMessage.of("store.cannotOpen", file.toString(), e.getMessage()), e);
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private void migrate(int targetVersion) throws SQLException {
        int version = userVersion(connection);
        for (int next = version; next < targetVersion; next++) {
            String script = MIGRATIONS.get(next);
            LOG.info("Migrating {} to data version {} ({})", file.getFileName(), next + 1, script);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(script)) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + (next + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static List<String> statements(String script) {
        try (InputStream in = Database.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("migration missing: " + script);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = text.lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + b + "\n");
            return List.of(withoutComments.split(";")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed (durably) or none of it. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        T result;
        try {
            connection.setAutoCommit(false);
            result = work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            abandon(e);
            throw failure(e);
        } catch (RuntimeException e) {
            abandon(e);
            throw e;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(e);
        }
        return result;
    }

    /**
     * Ends a failed transaction. SQLite may have rolled it back by itself (a full disk does), and then both steps
     * fail too: their errors are kept as suppressed, never in place of the one that says what went wrong.
     */
    private void abandon(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Runs a read on the connection, serialised with writes. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A database error as a sentence: a full disk and a read-only folder are said plainly. */
    private StoreException failure(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_FULL")) {
            return new StoreException(UserMessage.of("store.diskFull"), e);
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN")) {
            return new StoreException(UserMessage.of("store.readOnly"), e);
        }
        return new StoreException(UserMessage.of("store.failed", file.getFileName().toString(),
                message.lines().findFirst().orElse(message)), e);
    }

    /** Copies the whole database, consistently, to {@code target} with SQLite's backup API. */
    synchronized void backupTo(Path target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("backup to '" + target.toString().replace("'", "''") + "'");
        }
    }

    /** {@code PRAGMA integrity_check}: "ok" or the first problem. */
    public synchronized String integrityCheck() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            return result.next() ? result.getString(1) : "no answer";
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        }
    }
}
