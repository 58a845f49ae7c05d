package video.zapcut.media;

/** A media operation (FFmpeg run, decode, render) failed; the message says which and why. */
public class MediaException extends RuntimeException {
    public MediaException(String message) { super(message); }
    public MediaException(String message, Throwable cause) { super(message, cause); }
}
