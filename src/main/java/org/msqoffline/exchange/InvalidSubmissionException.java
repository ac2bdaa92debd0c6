package org.msqoffline.exchange;

import java.util.List;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.json.JsonProblem;

/** A submission file that cannot be imported, with every problem found; nothing was written. */
public final class InvalidSubmissionException extends Exception implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient List<JsonProblem> problems;
    private final transient UserMessage summary;

    public InvalidSubmissionException(List<JsonProblem> problems) {
        this(List.copyOf(problems), summary(problems));
    }

    /** One problem with the whole file. */
    public InvalidSubmissionException(UserMessage problem) {
        this(List.of(new JsonProblem("", problem)));
    }

    private InvalidSubmissionException(List<JsonProblem> problems, UserMessage summary) {
        super(summary.english());
        this.problems = problems;
        this.summary = summary;
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    @Override
    public String in(Messages messages) {
        return summary.in(messages);
    }

    private static UserMessage summary(List<JsonProblem> problems) {
        if (problems.size() == 1 && problems.get(0).pointer().isEmpty()) {
            return UserMessage.of("submissionFile.invalid", problems.get(0).message());
        }
        return problems.size() <= 1 ? UserMessage.of("submissionFile.invalid", problems.isEmpty() ? "" : problems.get(0))
                : UserMessage.of("submissionFile.invalidAndMore", problems.get(0), problems.size() - 1);
    }
}
