package org.msqoffline.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * One numbered question. {@code id} is stable across editions; {@code number} is what people see.
 * A conditional item ({@code showIf}) is shown only while its condition holds, and must then be answered.
 */
public record Item(
        String id,
        String number,
        ItemType type,
        boolean required,
        boolean isNew,
        LocalizedText heading,
        LocalizedText text,
        LocalizedText note,
        List<ChoiceOption> options,
        Condition showIf,
        Integer maxLength) {

    public Item {
        options = List.copyOf(options);
    }

    public Optional<ChoiceOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public Optional<LocalizedText> headingText() {
        return Optional.ofNullable(heading);
    }

    public Optional<LocalizedText> noteText() {
        return Optional.ofNullable(note);
    }

    public Optional<Condition> condition() {
        return Optional.ofNullable(showIf);
    }

    /** Required when shown: either marked required, or a follow-up whose condition holds. */
    public boolean requiredWhenShown() {
        return required || showIf != null;
    }
}
