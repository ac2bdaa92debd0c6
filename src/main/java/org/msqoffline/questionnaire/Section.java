package org.msqoffline.questionnaire;

import java.util.List;
import java.util.Optional;

/** A part of the questionnaire (Contact information, A to G, Consent) with its items in order. */
public record Section(String id, String letter, LocalizedText title, boolean isNew, LocalizedText note, List<Item> items) {
    public Section {
        items = List.copyOf(items);
    }

    public Optional<LocalizedText> noteText() {
        return Optional.ofNullable(note);
    }

    /** "A. Institutional / Organizational Framework", or the bare title for unlettered sections. */
    public String displayTitle(String language) {
        String title = this.title.in(language);
        return letter == null ? title : letter + ". " + title;
    }
}
