package org.msqoffline.response;

import java.util.List;

/**
 * An answer to one item. Text items hold {@link Text}; single choices hold {@link Choice}; multiple
 * choices hold {@link Choices}. An item with no answer has no value at all (never an empty one).
 */
public sealed interface AnswerValue {

    /** A typed answer to a text, longtext, email or url item. */
    record Text(String text) implements AnswerValue {
    }

    /** A chosen option; {@code freeText} is the text of an option like "Other", else null. */
    record Choice(String optionId, String freeText) implements AnswerValue {
        public static Choice of(String optionId) {
            return new Choice(optionId, null);
        }
    }

    /** The chosen options of a multiple-choice item, in the order of the definition. */
    record Choices(List<Choice> choices) implements AnswerValue {
        public Choices {
            choices = List.copyOf(choices);
        }

        public boolean contains(String optionId) {
            return choices.stream().anyMatch(c -> c.optionId().equals(optionId));
        }
    }

    /** Whether this answer selects the given option (single or among multiple). */
    default boolean selects(String optionId) {
        if (this instanceof Choice choice) {
            return choice.optionId().equals(optionId);
        }
        return this instanceof Choices choices && choices.contains(optionId);
    }
}
