package org.diplograph.cli;

/** A failure the user can fix: printed as one line, without a stack trace, with its exit code. */
public final class UserError extends RuntimeException {
    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() { return exitCode; }
}
