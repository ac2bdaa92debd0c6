package org.msqoffline.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire definition (one edition of the MSQ), as loaded and checked from its JSON file.
 * {@code sha256} identifies the exact definition: a response is pinned to it.
 */
public final class Questionnaire {
    private final String id;
    private final String edition;
    private final String version;
    private final LocalizedText title;
    private final LocalizedText introduction;
    private final List<LocalizedText> notes;
    private final Map<String, String> previousIds;
    private final List<Section> sections;
    private final String sha256;
    private final Map<String, Item> itemsById = new LinkedHashMap<>();
    private final Map<String, Section> sectionByItemId = new LinkedHashMap<>();

    public Questionnaire(String id, String edition, String version, LocalizedText title, LocalizedText introduction,
            List<LocalizedText> notes, Map<String, String> previousIds, List<Section> sections, String sha256) {
        this.id = id;
        this.edition = edition;
        this.version = version;
        this.title = title;
        this.introduction = introduction;
        this.notes = List.copyOf(notes);
        this.previousIds = Collections.unmodifiableMap(new LinkedHashMap<>(previousIds));
        this.sections = List.copyOf(sections);
        this.sha256 = sha256;
        for (Section section : sections) {
            for (Item item : section.items()) {
                itemsById.put(item.id(), item);
                sectionByItemId.put(item.id(), section);
            }
        }
    }

    public String id() {
        return id;
    }

    public String edition() {
        return edition;
    }

    public String version() {
        return version;
    }

    public LocalizedText title() {
        return title;
    }

    public Optional<LocalizedText> introduction() {
        return Optional.ofNullable(introduction);
    }

    public List<LocalizedText> notes() {
        return notes;
    }

    /** Ids of the previous edition mapped to ids of this one, for items that were renamed. */
    public Map<String, String> previousIds() {
        return previousIds;
    }

    public List<Section> sections() {
        return sections;
    }

    public String sha256() {
        return sha256;
    }

    /** "msq-2024": how the definition is named on the command line and in file names. */
    public String reference() {
        return id + "-" + edition;
    }

    /** "msq 2024 (1.0.0)": how the definition is named in lists and messages. */
    public String label() {
        return id + " " + edition + " (" + version + ")";
    }

    /** Every item in questionnaire order. */
    public List<Item> items() {
        return List.copyOf(itemsById.values());
    }

    public Optional<Item> item(String itemId) {
        return Optional.ofNullable(itemsById.get(itemId));
    }

    public Section sectionOf(String itemId) {
        Section section = sectionByItemId.get(itemId);
        if (section == null) {
            throw new IllegalArgumentException("no item " + itemId + " in " + label());
        }
        return section;
    }

    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }
}
