package org.msqoffline.exchange;

import java.util.List;
import org.msqoffline.json.JsonProblem;

/** A submission file that cannot be imported, with every problem found; nothing was written. */
public final class InvalidSubmissionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<JsonProblem> problems;

    public InvalidSubmissionException(List<JsonProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidSubmissionException(String message) {
        this(List.of(new JsonProblem("", message)));
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static String summary(List<JsonProblem> problems) {
        String first = problems.isEmpty() ? "invalid" : problems.get(0).toString();
        if (problems.size() == 1 && problems.get(0).pointer().isEmpty()) {
            first = problems.get(0).message();
        }
        return problems.size() <= 1 ? "invalid submission: " + first
                : "invalid submission: " + first + " (and " + (problems.size() - 1) + " more)";
    }
}
