package org.msqoffline.app;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** The user asked for something that does not exist or does not fit (unknown id, country, item). */
public final class UserInputException extends RuntimeException implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    public UserInputException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    public static UserInputException of(String key, Object... arguments) {
        return new UserInputException(UserMessage.of(key, arguments));
    }

    public UserMessage userMessage() {
        return message;
    }

    @Override
    public String in(Messages messages) {
        return message.in(messages);
    }
}
