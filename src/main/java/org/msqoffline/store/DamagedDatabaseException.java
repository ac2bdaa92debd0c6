package org.msqoffline.store;

import java.nio.file.Path;
import org.msqoffline.i18n.UserMessage;

/** The database file failed its integrity check; it is left exactly as it was found. */
public final class DamagedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    /** @param detail why: our sentence, or SQLite's own words as they are */
    public DamagedDatabaseException(Path file, UserMessage detail) {
        super(UserMessage.of("store.damaged", file.getFileName().toString(), detail));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
