package org.msqoffline.response;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** A value that does not fit its item (wrong shape, unknown option); the message is for a person. */
public final class InvalidAnswerException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public InvalidAnswerException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    public UserMessage userMessage() {
        return message;
    }

    @Override
    public String in(Messages messages) {
        return message.in(messages);
    }
}
