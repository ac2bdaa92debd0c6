package org.msqoffline.store;

import org.msqoffline.i18n.UserMessage;

/** The database was written by a newer MSQ Offline; this one leaves it untouched. */
public final class NewerDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public NewerDatabaseException(int found, int known) {
        super(UserMessage.of("store.newer", found, known));
    }
}
