package org.msqoffline.i18n;

/**
 * An exception meant for a person whose words are one {@link UserMessage}: said in a run's language by that
 * message. Implemented by {@link TranslatableException}, {@link TranslatableRuntimeException} and the
 * exceptions whose type is fixed elsewhere (an {@code IOException}, say).
 */
public interface SaysUserMessage extends Translatable {
    UserMessage userMessage();

    @Override
    default String in(Messages messages) {
        return userMessage().in(messages);
    }
}
