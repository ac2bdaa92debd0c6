package org.msqoffline.questionnaire;

import java.util.List;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;

/** A definition file that cannot be used, with every problem found in it. */
public final class InvalidQuestionnaireException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient List<DefinitionProblem> problems;
    private final transient UserMessage summary;

    public InvalidQuestionnaireException(List<DefinitionProblem> problems) {
        this(List.copyOf(problems), summary(problems));
    }

    private InvalidQuestionnaireException(List<DefinitionProblem> problems, UserMessage summary) {
        super(summary.english());
        this.problems = problems;
        this.summary = summary;
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    @Override
    public String in(Messages messages) {
        return summary.in(messages);
    }

    private static UserMessage summary(List<DefinitionProblem> problems) {
        return problems.size() <= 1 ? UserMessage.of("definition.invalid", problems.isEmpty() ? "" : problems.get(0))
                : UserMessage.of("definition.invalidAndMore", problems.get(0), problems.size() - 1);
    }
}
