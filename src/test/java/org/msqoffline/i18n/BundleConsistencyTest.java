package org.msqoffline.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every language has exactly the English keys, the same placeholders in each, and patterns that format; a
 * lone apostrophe, which MessageFormat would swallow with the text after it, fails too.
 */
class BundleConsistencyTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties load(String language) throws IOException {
        return BundleFiles.load("/org/msqoffline/i18n/messages", language);
    }

    static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.valueOf(matcher.group(1)));
        }
        return indices;
    }

    /** Patterns given to MessageFormat: those with arguments, and the completeness sentences (always formatted). */
    private static boolean formatted(String key, String pattern) {
        return !arguments(pattern).isEmpty() || key.startsWith("completeness.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasExactlyTheEnglishKeys(String language) throws IOException {
        Set<String> english = load("en").stringPropertyNames();
        Set<String> translated = load(language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertThat(missing).as("keys missing from messages_" + language).isEmpty();
        assertThat(extra).as("keys of messages_" + language + " that English does not have").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void hasTheEnglishPlaceholders(String language) throws IOException {
        Properties english = load("en");
        Properties translated = load(language);
        for (String key : english.stringPropertyNames()) {
            String pattern = translated.getProperty(key);
            if (pattern != null) {
                assertThat(arguments(pattern)).as(language + " " + key).isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "zh", "fr", "ru", "es"})
    void everyPatternFormats(String language) throws IOException {
        Properties bundle = load(language);
        Locale locale = Languages.locale(language);
        Object[] samples = {3, 7, 42, "X", "Y"};
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            assertThat(pattern).as(language + " " + key + " is not blank").isNotBlank();
            if (!formatted(key, pattern)) {
                assertThat(pattern).as(language + " " + key + ": a doubled '' shows as two when not formatted").doesNotContain("''");
                continue;
            }
            assertThat(LONE_APOSTROPHE.matcher(pattern).find())
                    .as(language + " " + key + ": write a literal apostrophe as '' (or ’) in a formatted pattern").isFalse();
            assertThatCode(() -> new MessageFormat(pattern, locale).format(samples)).as(language + " " + key).doesNotThrowAnyException();
            String text = new MessageFormat(pattern, locale).format(samples);
            for (int index : arguments(pattern)) {
                // A choice argument may print words instead of the number; the others print their sample.
                if (!pattern.contains("{" + index + ",choice")) {
                    assertThat(text).as(language + " " + key + " shows argument " + index).contains(sampleText(samples[index], locale));
                }
            }
        }
    }

    private static String sampleText(Object sample, Locale locale) {
        return sample instanceof Integer number ? java.text.NumberFormat.getIntegerInstance(locale).format(number) : sample.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void messagesResolveEveryKeyInTheLanguage(String language) throws IOException {
        Messages messages = Messages.forLocale(Languages.locale(language));
        Properties translated = load(language);
        for (String key : load("en").stringPropertyNames()) {
            assertThat(messages.bundle().getString(key)).as(language + " " + key).isEqualTo(translated.getProperty(key));
        }
    }
}
