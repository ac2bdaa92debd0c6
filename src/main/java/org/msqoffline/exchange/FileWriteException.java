package org.msqoffline.exchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.msqoffline.i18n.SaysUserMessage;
import org.msqoffline.i18n.UserMessage;

/**
 * A file could not be written (a full disk, a folder that cannot be written to); the message names the file and why.
 * An {@link IOException}, as the writes that raise it declare, and {@link SaysUserMessage}, as it is meant for a person.
 */
public final class FileWriteException extends IOException implements SaysUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public FileWriteException(Path target, IOException cause) {
        this(UserMessage.of("file.cannotWrite", target.toString(), reason(cause)), cause);
    }

    private FileWriteException(UserMessage message, IOException cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }

    private static UserMessage reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return UserMessage.of("file.reason.permissionDenied");
        }
        if (e instanceof NoSuchFileException) {
            return UserMessage.of("file.reason.noSuchFolder");
        }
        if (e instanceof FileAlreadyExistsException) {
            return UserMessage.of("file.reason.fileInTheWay");
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return UserMessage.saying(problem.getReason());   // the system's words ("No space left on device")
        }
        return UserMessage.saying(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
