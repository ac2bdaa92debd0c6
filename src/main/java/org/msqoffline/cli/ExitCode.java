package org.msqoffline.cli;

/** The exit codes of every command. */
final class ExitCode {
    /** Done. */
    static final int OK = 0;
    /** The input was read but fails the checks (invalid definition, incomplete response, conflicts). */
    static final int CHECKS_FAILED = 1;
    /** Usage error, or input that cannot be read or used. */
    static final int UNUSABLE = 2;

    private ExitCode() {
    }
}
