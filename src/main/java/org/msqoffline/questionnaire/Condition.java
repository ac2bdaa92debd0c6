package org.msqoffline.questionnaire;

import java.util.List;

/** An item is shown, and then counts, only while item {@code itemId} has one of the option ids {@code anyOf}. */
public record Condition(String itemId, List<String> anyOf) {
    public Condition {
        anyOf = List.copyOf(anyOf);
    }
}
