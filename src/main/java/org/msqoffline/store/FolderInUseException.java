package org.msqoffline.store;

/** Another MSQ Offline (window or command) holds the data folder. */
public final class FolderInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public FolderInUseException(String message) {
        super(message);
    }
}
