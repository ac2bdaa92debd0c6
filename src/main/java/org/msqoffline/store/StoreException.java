package org.msqoffline.store;

import org.msqoffline.i18n.TranslatableRuntimeException;
import org.msqoffline.i18n.UserMessage;

/** Something about the data folder that a person must act on; the message says what and is one line. */
public class StoreException extends TranslatableRuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(UserMessage message) {
        super(message);
    }

    public StoreException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
