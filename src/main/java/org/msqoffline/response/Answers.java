package org.msqoffline.response;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers of one response, by item id (an item with no answer is absent), and which of them were
 * carried forward from an earlier edition and still await confirmation.
 */
public record Answers(Map<String, AnswerValue> byItemId, Set<String> unconfirmed) {
    public Answers {
        byItemId = Collections.unmodifiableMap(new LinkedHashMap<>(byItemId));
        Set<String> kept = new HashSet<>(unconfirmed);
        kept.retainAll(byItemId.keySet());
        unconfirmed = Set.copyOf(kept);
    }

    public Answers(Map<String, AnswerValue> byItemId) {
        this(byItemId, Set.of());
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

    /** Whether the answer was carried from an earlier edition and not yet confirmed or edited. */
    public boolean isUnconfirmed(String itemId) {
        return unconfirmed.contains(itemId);
    }

    /** A copy with one answer set (which confirms it), or removed when {@code value} is null. */
    public Answers with(String itemId, AnswerValue value) {
        Map<String, AnswerValue> copy = new LinkedHashMap<>(byItemId);
        if (value == null) {
            copy.remove(itemId);
        } else {
            copy.put(itemId, value);
        }
        Set<String> stillUnconfirmed = new HashSet<>(unconfirmed);
        stillUnconfirmed.remove(itemId);
        return new Answers(copy, stillUnconfirmed);
    }

    /** A copy in which the carried answer of {@code itemId} is confirmed as it is. */
    public Answers confirmed(String itemId) {
        Set<String> stillUnconfirmed = new HashSet<>(unconfirmed);
        stillUnconfirmed.remove(itemId);
        return new Answers(byItemId, stillUnconfirmed);
    }
}
