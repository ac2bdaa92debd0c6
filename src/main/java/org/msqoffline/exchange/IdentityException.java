package org.msqoffline.exchange;

import org.msqoffline.i18n.TranslatableException;
import org.msqoffline.i18n.UserMessage;

/** A signing identity that cannot be created, opened or used, with a reason meant for a person. */
public final class IdentityException extends TranslatableException {
    private static final long serialVersionUID = 1L;

    public IdentityException(UserMessage message) {
        super(message);
    }

    public IdentityException(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
