package org.msqoffline.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for a person as a message key and its arguments, so that every layer can say what happened
 * and the front end chooses the language. Arguments are data (ids, file names, numbers), or
 * {@link Translatable}s and lists of them, which are said in the same language.
 */
public record UserMessage(String key, List<Object> arguments) implements Translatable {
    /** The key whose pattern is just its argument, in every language. */
    private static final String ONLY = "text.only";

    public UserMessage {
        Objects.requireNonNull(key, "key");
        // Arguments may be null (a library's message often is); MessageFormat shows "null", never fails.
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static UserMessage of(String key, Object... arguments) {
        return new UserMessage(key, Arrays.asList(arguments));
    }

    /**
     * A message that says only {@code what}: text that is not ours to translate (a library's or the
     * operating system's words, shown as they are), another {@link Translatable}, or a list of them.
     */
    public static UserMessage saying(Object what) {
        return of(ONLY, what);
    }

    @Override
    public String in(Messages messages) {
        return messages.get(key, arguments.toArray());
    }

    /** The English sentence, for logs and exception messages. */
    public String english() {
        return in(Messages.english());
    }

    @Override
    public String toString() {
        return english();
    }
}
