package org.msqoffline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.msqoffline.i18n.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An opened data folder: the SQLite file, its repositories, its backups and, for writers, the lock that
 * keeps a second writer out. Readers (listing, checking) need no lock: SQLite's WAL lets them read
 * while the desktop app writes.
 */
public final class DataFolder implements AutoCloseable {
    public static final String DATABASE_FILE = "msq-offline.db";
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

    /** Whether this opening will write (and so must hold the folder's lock). */
    public enum Access { READ, WRITE }

    private final Path folder;
    private final FolderLock lock;
    private final Database database;
    private final QuestionnaireRepository questionnaires;
    private final ResponseRepository responses;
    private final AnswerRepository answers;
    private final Settings settings;
    private final DelegationRepository delegations;
    private final Backups backups;
    private final Clock clock;

    private DataFolder(Path folder, FolderLock lock, Database database, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.questionnaires = new QuestionnaireRepository(database, clock);
        this.responses = new ResponseRepository(database, clock);
        this.answers = new AnswerRepository(database, clock);
        this.settings = new Settings(database);
        this.delegations = new DelegationRepository(database, clock);
        this.backups = new Backups(folder.resolve("backups"), clock);
        this.clock = clock;
    }

    public static DataFolder open(Path folder, Access access) {
        // Millisecond timestamps: precise enough for history, and short to read.
        return open(folder, access, Clock.tickMillis(ZoneOffset.UTC));
    }

    public static DataFolder open(Path folder, Access access, Clock clock) {
        OwnerOnly.createDirectories(folder);
        if (!Files.isWritable(folder)) {
            // Reading needs no write where the file exists and is up to date (a write-protected stick, say).
            if (access == Access.WRITE || !Files.exists(folder.resolve(DATABASE_FILE))) {
                throw cannotWrite(folder);
            }
            return new DataFolder(folder, null, Database.openReadOnly(folder.resolve(DATABASE_FILE), () -> cannotWrite(folder)), clock);
        }
        FolderLock lock = access == Access.WRITE ? FolderLock.acquire(folder) : null;
        try {
            Database database = Database.open(folder.resolve(DATABASE_FILE));
            DataFolder opened = new DataFolder(folder, lock, database, clock);
            if (access == Access.WRITE) {
                opened.backups.backupIfDue(database).ifPresent(backup -> LOG.info("Backed up to {}", backup));
            }
            return opened;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static StoreException cannotWrite(Path folder) {
        return new StoreException(UserMessage.of("store.folderReadOnly", folder.toString()));
    }

    public Path folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public QuestionnaireRepository questionnaires() {
        return questionnaires;
    }

    public ResponseRepository responses() {
        return responses;
    }

    public AnswerRepository answers() {
        return answers;
    }

    public DelegationRepository delegations() {
        return delegations;
    }

    public Settings settings() {
        return settings;
    }

    /** The clock every timestamp of this folder is taken from. */
    public Clock clock() {
        return clock;
    }

    public Backups backups() {
        return backups;
    }

    @Override
    public void close() {
        database.close();
        if (lock != null) {
            lock.close();
        }
    }
}
