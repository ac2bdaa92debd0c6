package org.msqoffline.cli;

import java.util.List;
import org.msqoffline.i18n.Translatable;
import org.msqoffline.i18n.TranslatableRuntimeException;
import org.msqoffline.i18n.UserMessage;

/**
 * The input was read but fails the checks: the lines (already in the language of the run) go to
 * standard output, the summary to stderr.
 */
final class ChecksFailedException extends TranslatableRuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> lines;

    ChecksFailedException(Translatable summary, List<String> lines) {
        super(UserMessage.saying(summary));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
