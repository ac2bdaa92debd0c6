package org.msqoffline.exchange;

import java.util.List;
import org.msqoffline.i18n.TranslatableException;
import org.msqoffline.i18n.UserMessage;
import org.msqoffline.response.Problem;

/** A final export was asked of a response with required answers missing or invalid; nothing was written. */
public final class IncompleteResponseException extends TranslatableException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public IncompleteResponseException(UserMessage message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
