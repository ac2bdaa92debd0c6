package org.msqoffline.exchange;

import java.util.List;
import org.msqoffline.response.Problem;

/** A final export was asked of a response with required answers missing or invalid; nothing was written. */
public final class IncompleteResponseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public IncompleteResponseException(String message, List<Problem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
