package org.msqoffline.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.msqoffline.i18n.UserMessage;

/** Creates files and folders readable by their owner only, where the file system can say so. */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    public static void createDirectories(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                return;
            }
            if (supportsPosix(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("store.cannotCreateFolder", folder.toString(), reason(e)), e);
        }
    }

    public static void createFile(Path file) {
        try {
            if (supportsPosix(file.getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // Someone else created it between our check and now: fine, it is used as it is.
        } catch (IOException e) {
            throw new StoreException(UserMessage.of("store.cannotCreateFile", file.toString(), reason(e)), e);
        }
    }

    private static boolean supportsPosix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Why a file operation failed: the two common reasons in words, else the system's own message. */
    static UserMessage reason(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> UserMessage.of("store.reason.accessDenied");
            case "NoSuchFileException" -> UserMessage.of("store.reason.noSuchFile");
            default -> UserMessage.saying(e.getMessage() == null ? name : e.getMessage());
        };
    }
}
