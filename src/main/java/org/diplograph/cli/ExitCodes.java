package org.diplograph.cli;

/** What the exit status of a command means. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int OK = 0;
    /** Something unexpected went wrong (a bug, or the machine): see the message. */
    public static final int FAILURE = 1;
    /** The command line was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;
    /** Some inputs were refused (empty, binary, not UTF-8, too large, missing); the others were done. */
    public static final int BAD_INPUT = 3;
    /** The store could not be opened (in use by another process, or not a store). */
    public static final int STORE = 4;
    /** The query could not be parsed or run; the validation found violations. */
    public static final int QUERY = 5;
    /** SHACL validation found violations. */
    public static final int INVALID = 6;
}
