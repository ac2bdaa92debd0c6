package org.msqoffline.exchange;

import java.lang.Character.UnicodeScript;

/**
 * The language of a text when its script alone tells it, among the UN's official languages: Arabic
 * script is taken for Arabic, Han for Chinese, Cyrillic for Russian. Latin-script languages cannot be
 * told apart this cheaply, and text mixing scripts has no single language.
 */
final class ScriptLanguage {
    private ScriptLanguage() {
    }

    /** "ar", "zh" or "ru" when every letter of {@code text} is in that language's script; else null. */
    static String of(String text) {
        UnicodeScript found = null;
        for (int index = 0; index < text.length(); ) {
            int cp = text.codePointAt(index);
            index += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (found == null) {
                found = script;
            } else if (script != found) {
                return null;
            }
        }
        if (found == null) {
            return null;
        }
        return switch (found) {
            case ARABIC -> "ar";
            case HAN -> "zh";
            case CYRILLIC -> "ru";
            default -> null;
        };
    }
}
