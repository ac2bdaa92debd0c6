package org.msqoffline.store;

import java.nio.file.Path;

/** The database file failed its integrity check; it is left exactly as it was found. */
public final class DamagedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public DamagedDatabaseException(Path file, String detail) {
        super("the data file " + file.getFileName() + " is damaged (" + detail + "); it was not changed");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
