package org.msqoffline.questionnaire;

import java.util.List;
import org.msqoffline.i18n.TranslatableException;
import org.msqoffline.i18n.UserMessage;

/** A definition file that cannot be used, with every problem found in it. */
public final class InvalidQuestionnaireException extends TranslatableException {
    private static final long serialVersionUID = 1L;
    private final transient List<DefinitionProblem> problems;

    public InvalidQuestionnaireException(List<DefinitionProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static UserMessage summary(List<DefinitionProblem> problems) {
        return problems.size() <= 1 ? UserMessage.of("definition.invalid", problems.isEmpty() ? "" : problems.get(0))
                : UserMessage.of("definition.invalidAndMore", problems.get(0), problems.size() - 1);
    }
}
