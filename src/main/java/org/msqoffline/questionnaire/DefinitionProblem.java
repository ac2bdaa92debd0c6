package org.msqoffline.questionnaire;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.JsonProblem;

/** One error in a definition file: the item it concerns (or null), a JSON pointer, and a sentence. */
public record DefinitionProblem(String itemId, String pointer, UserMessage message) implements Translatable {
    public DefinitionProblem {
        itemId = JsonProblem.printable(itemId);
        pointer = JsonProblem.printable(pointer);
    }

    /** "item x (/sections/0/items/3/id): the sentence", in the language of {@code messages}. */
    @Override
    public String in(Messages messages) {
        String where = pointer.isEmpty() ? "/" : pointer;
        String said = message.in(messages);
        return JsonProblem.printable(itemId == null ? where + ": " + said : messages.get("definition.problemInItem", itemId, where, said));
    }

    @Override
    public String toString() {
        return in(Messages.english());
    }
}
