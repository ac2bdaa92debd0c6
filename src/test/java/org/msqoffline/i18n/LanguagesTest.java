package org.msqoffline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {
    @ParameterizedTest(name = "--lang {0}, saved {1}, system {2}: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            fr, ru, es, fr
            -,  ru, es, ru
            -,  -,  es, es
            -,  -,  de, en
            -,  de, zh, zh
            ar, -,  -,  ar
            """)
    void theCommandLineWinsThenTheSavedChoiceThenTheSystem(String requested, String saved, String system, String expected) {
        Locale chosen = Languages.choose(Optional.ofNullable(requested), Optional.ofNullable(saved),
                system == null ? Locale.ENGLISH : Locale.forLanguageTag(system));
        assertThat(chosen.getLanguage()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ar, true
            zh, false
            en, false
            """)
    void onlyArabicIsWrittenRightToLeft(String code, boolean rightToLeft) {
        assertThat(Languages.isRightToLeft(Languages.locale(code))).isEqualTo(rightToLeft);
    }
}
