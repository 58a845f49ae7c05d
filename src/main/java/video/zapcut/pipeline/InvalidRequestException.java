package video.zapcut.pipeline;

/** The user's request cannot be generated as given; the message says what to fix. Nothing was written. */
public class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) { super(message); }
}
