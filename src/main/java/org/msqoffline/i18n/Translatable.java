package org.msqoffline.i18n;

/**
 * Something said to a person that each front end says in the language of its run: a {@link UserMessage},
 * a problem record, or an exception a user may see ({@link SaysUserMessage}), whose {@code getMessage()}
 * stays English for the log.
 */
public interface Translatable {
    /** This, said in the language of {@code messages}. */
    String in(Messages messages);
}
