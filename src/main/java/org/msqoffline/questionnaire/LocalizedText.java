package org.msqoffline.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A text in several languages; English is always present and is the fallback. */
public record LocalizedText(Map<String, String> byLanguage) {
    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
        if (!byLanguage.containsKey(FALLBACK_LANGUAGE)) {
            throw new IllegalArgumentException("English text is required");
        }
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(FALLBACK_LANGUAGE, text));
    }

    public String english() {
        return byLanguage.get(FALLBACK_LANGUAGE);
    }

    /** The text in the given language (e.g. "fr", or "zh-Hans" falling back to "zh"), else English. */
    public String in(String language) {
        return byLanguage.get(languageOf(language));
    }

    /** The language of the text {@link #in} gives for {@code language}: itself, its base language, or English. */
    public String languageOf(String language) {
        if (byLanguage.containsKey(language)) {
            return language;
        }
        int dash = language.indexOf('-');
        if (dash > 0 && byLanguage.containsKey(language.substring(0, dash))) {
            return language.substring(0, dash);
        }
        return FALLBACK_LANGUAGE;
    }
}
