package org.msqoffline.questionnaire;

import java.util.List;

/** A definition file that cannot be used, with every problem found in it. */
public final class InvalidQuestionnaireException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<DefinitionProblem> problems;

    public InvalidQuestionnaireException(List<DefinitionProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String summary(List<DefinitionProblem> problems) {
        String first = problems.isEmpty() ? "invalid" : problems.get(0).toString();
        return problems.size() <= 1 ? "invalid questionnaire definition: " + first
                : "invalid questionnaire definition: " + first + " (and " + (problems.size() - 1) + " more)";
    }
}
