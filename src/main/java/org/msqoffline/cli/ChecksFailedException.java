package org.msqoffline.cli;

import java.util.List;

/** The input was read but fails the checks: the lines go to standard output, the summary to stderr. */
final class ChecksFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    ChecksFailedException(String summary, List<String> lines) {
        super(summary);
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
