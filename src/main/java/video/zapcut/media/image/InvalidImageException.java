package video.zapcut.media.image;

import java.util.Objects;

/**
 * A file offered as a product photo cannot be used. The message is a complete sentence meant for the
 * person who supplied the file, and names the file only by the display name the caller gave (never a
 * server path).
 */
public class InvalidImageException extends RuntimeException {

    /** Why the file was refused, so callers can map it (for example to an HTTP status) without parsing text. */
    public enum Reason { MISSING, NOT_A_FILE, UNREADABLE, EMPTY, TOO_LARGE, UNSUPPORTED_FORMAT, TOO_MANY_PIXELS, DAMAGED }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public InvalidImageException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public InvalidImageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() { return reason; }
}
