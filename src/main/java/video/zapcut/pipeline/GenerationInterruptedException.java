package video.zapcut.pipeline;

/**
 * The thread running a generation was interrupted (a cancel request, a worker shutting down, a lost
 * lease). The runner writes nothing for it: whoever interrupted knows why and records the outcome.
 */
public class GenerationInterruptedException extends RuntimeException {
    public GenerationInterruptedException(String message, Throwable cause) { super(message, cause); }
}
