package org.msqoffline.exchange;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** A signing identity that cannot be created, opened or used, with a reason meant for a person. */
public final class IdentityException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public IdentityException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    public IdentityException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
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
