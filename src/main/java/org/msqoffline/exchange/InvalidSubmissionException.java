package org.msqoffline.exchange;

import java.util.List;
import org.msqoffline.i18n.TranslatableException;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.JsonProblem;

/** A submission file that cannot be imported, with every problem found; nothing was written. */
public final class InvalidSubmissionException extends TranslatableException {
    private static final long serialVersionUID = 1L;
    private final transient List<JsonProblem> problems;

    public InvalidSubmissionException(List<JsonProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** One problem with the whole file. */
    public InvalidSubmissionException(UserMessage problem) {
        this(List.of(new JsonProblem("", problem)));
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static UserMessage summary(List<JsonProblem> problems) {
        if (problems.size() == 1 && problems.get(0).pointer().isEmpty()) {
            return UserMessage.of("submissionFile.invalid", problems.get(0).message());
        }
        return problems.size() <= 1 ? UserMessage.of("submissionFile.invalid", problems.isEmpty() ? "" : problems.get(0))
                : UserMessage.of("submissionFile.invalidAndMore", problems.get(0), problems.size() - 1);
    }
}
