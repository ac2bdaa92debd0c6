package org.msqoffline.i18n;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence, looked up by a dotted key in {@code i18n/messages*.properties}.
 * One instance per language; {@link #english()} for logs and tests.
 */
public final class Messages {
    private static final String BUNDLE = "org.msqoffline.i18n.messages";
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(locale);
    }

    public static Messages english() {
        return ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** The language code used to pick questionnaire texts ("en", "fr", "zh"...). */
    public String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The sentence for {@code key}, with {0}, {1}... filled in. {@link Translatable} arguments are said in
     * this language too, and lists of arguments are joined with this language's list separator.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key, e);
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            said[i] = said(args[i]);
        }
        return new MessageFormat(pattern, locale).format(said);
    }

    /**
     * What went wrong, for a person: the sentence of a {@link Translatable} exception in this language,
     * else the exception's own message (a library's, in English), else its type.
     */
    public String explain(Throwable problem) {
        if (problem instanceof Translatable translatable) {
            return translatable.in(this);
        }
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }

    private Object said(Object argument) {
        if (argument instanceof Translatable translatable) {
            return translatable.in(this);
        }
        if (argument instanceof Collection<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object element : list) {
                if (!joined.isEmpty()) {
                    joined.append(bundle.getString("text.listSeparator"));
                }
                joined.append(said(element));
            }
            return joined.toString();
        }
        return argument;
    }
}
