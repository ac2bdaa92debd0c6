package org.msqoffline.cli;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** A file named on the command line that cannot be read at all. */
final class UnreadableInputException extends RuntimeException implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    UnreadableInputException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    @Override
    public String in(Messages messages) {
        return message.in(messages);
    }
}
