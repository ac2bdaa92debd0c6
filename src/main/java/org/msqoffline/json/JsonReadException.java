package org.msqoffline.json;

import org.msqoffline.i18n.TranslatableRuntimeException;
import org.msqoffline.i18n.UserMessage;

/** A file that is not readable JSON; the message is a sentence for a person. */
public final class JsonReadException extends TranslatableRuntimeException {
    private static final long serialVersionUID = 1L;

    public JsonReadException(UserMessage message) {
        super(message);
    }
}
