package org.msqoffline.cli;

import java.util.List;
import org.msqoffline.i18n.Messages;
import org.msqoffline.i18n.Translatable;

/**
 * The input was read but fails the checks: the lines (already in the language of the run) go to
 * standard output, the summary to stderr.
 */
final class ChecksFailedException extends RuntimeException implements Translatable {
    private static final long serialVersionUID = 1L;
    private final transient Translatable summary;
    private final transient List<String> lines;

    ChecksFailedException(Translatable summary, List<String> lines) {
        super(summary.in(Messages.english()));
        this.summary = summary;
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }

    @Override
    public String in(Messages messages) {
        return summary.in(messages);
    }
}
