package org.msqoffline.response;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;

/**
 * Which answers of an earlier edition can start a newer one: matched by stable item id, or through the
 * newer definition's {@code previousIds} for renamed items, and kept only where the value still fits the
 * newer item (same kind of answer, options that still exist).
 */
public final class CarryForward {
    /** An answer left behind, and why. */
    public record Dropped(Item item, UserMessage reason) {
    }

    /** The answers to start the newer edition with (keyed by the newer ids), and those left behind. */
    public record Result(Map<String, AnswerValue> carried, List<Dropped> dropped) {
        public Result {
            carried = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(carried));
            dropped = List.copyOf(dropped);
        }
    }

    private CarryForward() {
    }

    public static Result plan(Questionnaire earlier, Answers answers, Questionnaire newer) {
        Map<String, String> newIdOfOld = new HashMap<>();
        for (Item item : earlier.items()) {
            newIdOfOld.put(item.id(), newer.previousIds().getOrDefault(item.id(), item.id()));
        }
        Map<String, AnswerValue> carried = new LinkedHashMap<>();
        List<Dropped> dropped = new ArrayList<>();
        for (Item old : earlier.items()) {
            AnswerValue value = answers.get(old.id()).orElse(null);
            if (value == null) {
                continue;
            }
            Item target = newer.item(newIdOfOld.get(old.id())).orElse(null);
            if (target == null) {
                dropped.add(new Dropped(old, UserMessage.of("carryForward.noSuchItem", newer.edition())));
                continue;
            }
            try {
                AnswerValue fitted = AnswerCodec.fromJson(target, AnswerCodec.toJson(value));
                if (fitted != null) {
                    carried.put(target.id(), fitted);
                }
            } catch (InvalidAnswerException e) {
                dropped.add(new Dropped(old, UserMessage.of("carryForward.noLongerFits", e.userMessage())));
            }
        }
        // Keep the newer questionnaire's order.
        Map<String, AnswerValue> ordered = new LinkedHashMap<>();
        newer.items().stream().filter(i -> carried.containsKey(i.id())).forEach(i -> ordered.put(i.id(), carried.get(i.id())));
        return new Result(ordered, dropped);
    }
}
