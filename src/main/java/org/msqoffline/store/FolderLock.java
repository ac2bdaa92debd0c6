package org.msqoffline.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.msqoffline.i18n.UserMessage;

/**
 * One writer per data folder: an operating-system lock on a file in the folder. The lock dies with its
 * process, so a crash never leaves a stale lock behind (the file itself is harmless).
 */
public final class FolderLock implements AutoCloseable {
    static final String LOCK_FILE = "msq-offline.lock";

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Lock files this process holds. Checked before opening a second channel, because closing any
     * descriptor of a file drops all of this process's locks on it (POSIX), which would free the folder.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    public static FolderLock acquire(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE).toAbsolutePath().normalize();
        if (!HELD.add(lockFile)) {
            throw inUse(folder);
        }
        try {
            return lock(folder, lockFile);
        } catch (RuntimeException e) {
            HELD.remove(lockFile);
            throw e;
        }
    }

    private static FolderLock lock(Path folder, Path lockFile) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(folder);
            }
            return new FolderLock(lockFile, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(UserMessage.of("store.cannotUseFolder", folder.toString(), e.getMessage()), e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FolderInUseException inUse(Path folder) {
        return new FolderInUseException(UserMessage.of("store.folderInUse", folder.toString()));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Nothing to do: the lock was not taken.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("store.cannotRelease", e.getMessage()), e);
        } finally {
            HELD.remove(lockFile);
        }
    }
}
