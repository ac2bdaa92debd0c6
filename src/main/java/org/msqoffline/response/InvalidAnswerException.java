package org.msqoffline.response;

import org.msqoffline.i18n.TranslatableException;
import org.msqoffline.i18n.UserMessage;

/** A value that does not fit its item (wrong shape, unknown option); the message is for a person. */
public final class InvalidAnswerException extends TranslatableException {
    private static final long serialVersionUID = 1L;

    public InvalidAnswerException(UserMessage message) {
        super(message);
    }
}
