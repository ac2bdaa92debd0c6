package org.msqoffline.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.msqoffline.i18n.UserMessage;

/**
 * Getting back to work after the data file was damaged: the damaged file is moved aside (never
 * overwritten or deleted) and the newest backup that passes its own check takes its place.
 */
public final class Recovery {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    public Recovery(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** What a restore did: where the damaged file went and which backup replaced it. */
    public record Restored(Path damagedKeptAt, Path backup) {
    }

    /** The backups in the folder, newest first. */
    public List<Path> backups() {
        return new Backups(folder.resolve("backups"), clock).list();
    }

    /** The newest backup that is itself a sound database, if any. */
    public Optional<Path> latestGoodBackup() {
        return backups().stream().filter(Recovery::isSound).findFirst();
    }

    /**
     * Moves the current data file (and its WAL files) to {@code damaged/} and puts a copy of
     * {@code backup} in its place. The caller holds no connection to the data file.
     */
    public Restored restore(Path backup) {
        if (!isSound(backup)) {
            throw new StoreException(UserMessage.of("store.backupDamaged", backup.getFileName().toString()));
        }
        Path database = folder.resolve(DataFolder.DATABASE_FILE);
        try (FolderLock lock = FolderLock.acquire(folder)) {
            Path aside = folder.resolve("damaged");
            OwnerOnly.createDirectories(aside);
            String stamp = STAMP.format(clock.instant());
            Path kept = aside.resolve("msq-offline-" + stamp + ".db");
            if (Files.exists(database)) {
                Files.move(database, kept);
            }
            for (String suffix : List.of("-wal", "-shm")) {
                Path companion = Path.of(database + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, aside.resolve("msq-offline-" + stamp + ".db" + suffix));
                }
            }
            Path partial = folder.resolve(DataFolder.DATABASE_FILE + ".restoring");
            Files.copy(backup, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, database, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(kept, backup);
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("store.restoreFailed", OwnerOnly.reason(e)), e);
        }
    }

    private static boolean isSound(Path backup) {
        try {
            Database.inspectBeforeWriting(backup);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }
}
