package org.msqoffline.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The six UN languages the application speaks, and how the language of a run is chosen. */
public final class Languages {
    /** Arabic, Chinese (Simplified), English, French, Russian, Spanish. */
    public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code.toLowerCase(Locale.ROOT));
    }

    /** The locale of a supported language code ("zh" is Simplified Chinese). */
    public static Locale locale(String code) {
        String language = code.toLowerCase(Locale.ROOT);
        return language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(language);
    }

    /**
     * The language of this run: the one asked for on the command line, else the one chosen in the app,
     * else the system's when it is one of the six, else English.
     */
    public static Locale choose(Optional<String> requested, Optional<String> saved, Locale system) {
        return requested.filter(Languages::isSupported)
                .or(() -> saved.filter(Languages::isSupported))
                .or(() -> Optional.of(system.getLanguage()).filter(Languages::isSupported))
                .map(Languages::locale)
                .orElse(Locale.ENGLISH);
    }

    /** Whether the language is written right to left (of the six, Arabic). */
    public static boolean isRightToLeft(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }
}
