package org.msqoffline.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence, looked up by a dotted key in {@code i18n/messages*.properties}.
 * One instance per language; {@link #english()} for logs and tests.
 */
public final class Messages {
    private static final String BUNDLE = "org.msqoffline.i18n.messages";

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
        return new Messages(Locale.ENGLISH);
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

    /** The sentence for {@code key}, with {0}, {1}... filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
