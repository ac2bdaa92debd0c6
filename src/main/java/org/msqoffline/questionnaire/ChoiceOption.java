package org.msqoffline.questionnaire;

/** One option of a choice item; {@code freeText} options (like "Other") take a text. */
public record ChoiceOption(String id, LocalizedText label, boolean freeText) {
}
