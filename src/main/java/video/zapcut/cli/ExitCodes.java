package video.zapcut.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Any other failure: the message names the stage and the cause. */
    public static final int FAILED = 1;
    /** Bad input: a clear message, nothing written. */
    public static final int BAD_INPUT = 2;
    /** The safety review blocked the ad: violations and a safe alternative are printed. */
    public static final int BLOCKED = 3;

    private ExitCodes() {}
}
