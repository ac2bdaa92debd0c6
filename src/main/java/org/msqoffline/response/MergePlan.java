package org.msqoffline.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.questionnaire.Questionnaire;

/**
 * A three-way comparison of a contribution with the response it came from: for every delegated item,
 * the answer handed over (base), the coordinator's current answer and the contributor's. Items only
 * the contributor changed merge without asking; items both changed differently are conflicts.
 */
public record MergePlan(List<ItemMerge> items) {
    public MergePlan {
        items = List.copyOf(items);
    }

    /** What happened to one item on each side since the delegation. */
    public enum Change {
        /** Nobody changed it, or both made the same change. */
        SAME,
        /** Only the contributor changed it: taken without asking. */
        INCOMING,
        /** Only the coordinator changed it: kept without asking. */
        LOCAL,
        /** Both changed it, differently: someone must choose. */
        CONFLICT
    }

    /** One delegated item: base, current and incoming answers (null = no answer) and what changed. */
    public record ItemMerge(Item item, AnswerValue base, AnswerValue current, AnswerValue incoming, Change change) {
    }

    public static MergePlan plan(Questionnaire questionnaire, List<String> delegatedItems, Map<String, AnswerValue> base,
            Answers current, Map<String, AnswerValue> incoming) {
        List<ItemMerge> items = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            if (!delegatedItems.contains(item.id())) {
                continue;
            }
            AnswerValue before = base.get(item.id());
            AnswerValue mine = current.get(item.id()).orElse(null);
            AnswerValue theirs = incoming.get(item.id());
            Change change;
            if (Objects.equals(mine, theirs)) {
                change = Change.SAME;
            } else if (Objects.equals(mine, before)) {
                change = Change.INCOMING;
            } else if (Objects.equals(theirs, before)) {
                change = Change.LOCAL;
            } else {
                change = Change.CONFLICT;
            }
            items.add(new ItemMerge(item, before, mine, theirs, change));
        }
        return new MergePlan(items);
    }

    public List<ItemMerge> conflicts() {
        return items.stream().filter(i -> i.change() == Change.CONFLICT).toList();
    }

    public List<ItemMerge> incomingOnly() {
        return items.stream().filter(i -> i.change() == Change.INCOMING).toList();
    }

    /** Items whose current and incoming answers differ (what a comparison view lists). */
    public List<ItemMerge> differences() {
        return items.stream().filter(i -> i.change() != Change.SAME).toList();
    }
}
