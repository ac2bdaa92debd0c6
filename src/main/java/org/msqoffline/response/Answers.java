package org.msqoffline.response;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The answers of one response, by item id. An item with no answer is simply absent. */
public record Answers(Map<String, AnswerValue> byItemId) {
    public Answers {
        byItemId = Collections.unmodifiableMap(new LinkedHashMap<>(byItemId));
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Optional<AnswerValue> get(String itemId) {
        return Optional.ofNullable(byItemId.get(itemId));
    }

    public boolean has(String itemId) {
        return byItemId.containsKey(itemId);
    }

    /** A copy with one answer set, or removed when {@code value} is null. */
    public Answers with(String itemId, AnswerValue value) {
        Map<String, AnswerValue> copy = new LinkedHashMap<>(byItemId);
        if (value == null) {
            copy.remove(itemId);
        } else {
            copy.put(itemId, value);
        }
        return new Answers(copy);
    }
}
