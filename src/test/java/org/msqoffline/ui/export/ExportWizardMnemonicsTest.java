package org.msqoffline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msqoffline.i18n.Messages;

/**
 * In every language, each page of the "Sign and export" wizard gives each of its buttons and inputs an
 * Alt+letter of its own: JavaFX fires a mnemonic only when one control has it, and merely moves the focus
 * between controls that share one (Alt+N would then never reach Next).
 */
class ExportWizardMnemonicsTest {
    // What ExportWizardView shows on each page, the buttons under the pages included.
    private static final Map<String, List<String>> PAGES = Map.of(
            "summary", List.of("ui.export.allowIncomplete", "ui.export.chooseFolder", "ui.export.next", "ui.common.close"),
            "identity", List.of("ui.export.createIdentity", "ui.export.openIdentity", "ui.export.name", "ui.export.email",
                    "ui.export.organization", "ui.export.country", "ui.export.key", "ui.export.saveIdentityAs", "ui.export.chooseFile",
                    "ui.export.back", "ui.export.next", "ui.common.close"),
            "passphrase", List.of("ui.export.passphrase", "ui.export.passphraseRepeat", "ui.export.sign", "ui.export.back",
                    "ui.common.close"),
            "result", List.of("ui.export.openFolder", "ui.export.openPdf", "ui.export.print", "ui.common.close"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "es", "fr", "ru", "zh"})
    void noTwoControlsOfAPageShareAnAltLetter(String language) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag(language));
        PAGES.forEach((page, keys) -> {
            List<String> letters = new ArrayList<>();
            for (String key : keys) {
                String text = messages.get(key);
                int underscore = text.indexOf('_');
                assertThat(underscore).as(language + " " + key + " has an Alt+letter: " + text).isBetween(0, text.length() - 2);
                letters.add(text.substring(underscore + 1, underscore + 2).toUpperCase(Locale.ROOT));
            }
            assertThat(letters).as(language + ", the " + page + " page: " + keys).doesNotHaveDuplicates();
        });
    }
}
