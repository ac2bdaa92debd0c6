package org.msqoffline.json;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** A file that is not readable JSON; the message is a sentence for a person. */
public final class JsonReadException extends RuntimeException implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public JsonReadException(UserMessage message) {
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
