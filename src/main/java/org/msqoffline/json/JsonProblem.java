package org.msqoffline.json;

import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/**
 * One thing wrong in a JSON document: where (a JSON pointer, "" for the whole document) and what.
 * Said on one printable line: text quoted from a hostile file cannot break the line.
 */
public record JsonProblem(String pointer, UserMessage message) implements Translatable {
    public JsonProblem {
        pointer = printable(pointer);
    }

    /** "/answers/x: the sentence", in the language of {@code messages}. */
    @Override
    public String in(Messages messages) {
        return printable((pointer.isEmpty() ? "/" : pointer) + ": " + message.in(messages));
    }

    @Override
    public String toString() {
        return in(Messages.english());
    }

    /** The text with control characters (line breaks among them) shown as escapes, e.g. \n or \u0007. */
    public static String printable(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        shown.append(String.format("\\u%04x", c));
                    } else {
                        shown.append((char) c);
                    }
                }
            }
        });
        return shown.toString();
    }
}
