package org.msqoffline.i18n;

/**
 * A checked exception meant for a person: it carries its sentence as a {@link UserMessage}, which each
 * front end says in its language; {@link #getMessage()} is the English, for the log.
 */
public abstract class TranslatableException extends Exception implements SaysUserMessage {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage message;

    protected TranslatableException(UserMessage message) {
        super(message.english());
        this.message = message;
    }

    protected TranslatableException(UserMessage message, Throwable cause) {
        super(message.english(), cause);
        this.message = message;
    }

    @Override
    public UserMessage userMessage() {
        return message;
    }
}
