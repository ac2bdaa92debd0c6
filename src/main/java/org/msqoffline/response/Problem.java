package org.msqoffline.response;

import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;

/** One item that is missing or invalid. */
public record Problem(Item item, ProblemKind kind) {
    public String message(Messages messages) {
        return messages.get(kind.messageKey(), item.maxLength() == null ? 0 : item.maxLength());
    }

    /** "37 c-foi-law: an answer is required", the line format of `response check`. */
    public String line(Messages messages) {
        return item.number() + " " + item.id() + ": " + message(messages);
    }
}
