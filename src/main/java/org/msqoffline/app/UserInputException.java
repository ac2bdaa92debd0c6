package org.msqoffline.app;

import org.msqoffline.i18n.TranslatableRuntimeException;
import org.msqoffline.i18n.UserMessage;

/** The user asked for something that does not exist or does not fit (unknown id, country, item). */
public final class UserInputException extends TranslatableRuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(UserMessage message) {
        super(message);
    }

    public static UserInputException of(String key, Object... arguments) {
        return new UserInputException(UserMessage.of(key, arguments));
    }
}
