package org.msqoffline.response;

import java.util.Locale;

/** A UN Member State: ISO 3166-1 codes and the English short name the UN uses. */
public record Country(String iso3, String iso2, String name) {
    /** The name in the given language, from the platform's locale data; the UN English name otherwise. */
    public String displayName(Locale locale) {
        if (locale.getLanguage().equals("en") || iso2 == null) {
            return name;
        }
        String localized = new Locale("", iso2).getDisplayCountry(locale);
        return localized.isBlank() || localized.equals(iso2) ? name : localized;
    }
}
