package org.msqoffline.cli;

import org.msqoffline.i18n.TranslatableRuntimeException;
import org.msqoffline.i18n.UserMessage;

/** A file named on the command line that cannot be read at all. */
final class UnreadableInputException extends TranslatableRuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInputException(UserMessage message) {
        super(message);
    }
}
