package org.msqoffline.i18n;

/**
 * Something said to a person that each front end says in the language of its run. Exceptions a user may
 * see implement it (their {@code getMessage()} stays English, for the log); so do problem records.
 */
public interface Translatable {
    /** This, said in the language of {@code messages}. */
    String in(Messages messages);
}
