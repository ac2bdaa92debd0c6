package org.msqoffline.store;

import org.msqoffline.i18n.UserMessage;

/** Another MSQ Offline (window or command) holds the data folder. */
public final class FolderInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public FolderInUseException(UserMessage message) {
        super(message);
    }
}
