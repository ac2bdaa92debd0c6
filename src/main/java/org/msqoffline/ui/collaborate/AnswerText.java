package org.msqoffline.ui.collaborate;

import java.util.stream.Collectors;
import org.msqoffline.i18n.Messages;
import org.msqoffline.questionnaire.Item;
import org.msqoffline.response.AnswerValue;

/** An answer as a person reads it: option labels in the interface language, free text after a colon. */
final class AnswerText {
    private AnswerText() {
    }

    static String of(Item item, AnswerValue value, Messages messages) {
        if (value == null) {
            return messages.get("ui.collaborate.noAnswer");
        }
        if (value instanceof AnswerValue.Text text) {
            return text.text();
        }
        if (value instanceof AnswerValue.Choice choice) {
            return choice(item, choice, messages.language());
        }
        return ((AnswerValue.Choices) value).choices().stream().map(c -> choice(item, c, messages.language()))
                .collect(Collectors.joining("; "));
    }

    private static String choice(Item item, AnswerValue.Choice choice, String language) {
        String label = item.option(choice.optionId()).map(o -> o.label().in(language)).orElse(choice.optionId());
        return choice.freeText() == null ? label : label + ": " + choice.freeText();
    }
}
