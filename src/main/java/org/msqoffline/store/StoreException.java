package org.msqoffline.store;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** Something about the data folder that a person must act on; the message says what and is one line. */
public class StoreException extends RuntimeException implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public StoreException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    public StoreException(UserMessage message, Throwable cause) {
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
