package org.msqoffline.store;

/** The database was written by a newer MSQ Offline; this one leaves it untouched. */
public final class NewerDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NewerDatabaseException(int found, int known) {
        super("the data was saved by a newer MSQ Offline (data version " + found + ", this app knows up to " + known
                + "); update the app; the file was not changed");
    }
}
