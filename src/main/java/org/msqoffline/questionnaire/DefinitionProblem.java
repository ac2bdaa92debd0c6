package org.msqoffline.questionnaire;

import org.msqoffline.json.JsonProblem;

/** One error in a definition file: the item it concerns (or null), a JSON pointer, and a sentence. */
public record DefinitionProblem(String itemId, String pointer, String message) {
    public DefinitionProblem {
        itemId = JsonProblem.printable(itemId);
        pointer = JsonProblem.printable(pointer);
        message = JsonProblem.printable(message);
    }

    @Override
    public String toString() {
        String where = pointer.isEmpty() ? "/" : pointer;
        return itemId == null ? where + ": " + message : "item " + itemId + " (" + where + "): " + message;
    }
}
