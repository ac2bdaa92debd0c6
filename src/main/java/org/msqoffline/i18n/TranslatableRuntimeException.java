package org.msqoffline.i18n;

/**
 * An unchecked exception meant for a person (the twin of {@link TranslatableException}, which Java's
 * checked/unchecked split makes necessary): its sentence is a {@link UserMessage}; getMessage() is English.
 */
public abstract class TranslatableRuntimeException extends RuntimeException implements SaysUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    protected TranslatableRuntimeException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    protected TranslatableRuntimeException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
