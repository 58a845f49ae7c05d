package video.zapcut.storage.s3;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An S3 call that failed after the SDK's retries, naming the operation and {@code s3://bucket/key}
 * (never credentials). Unchecked I/O like the local store's failures, so callers treat both alike;
 * {@link #missing()} tells a blob that is not there from a store that is down.
 */
public final class S3StoreException extends UncheckedIOException {
    private final boolean missing;

    S3StoreException(String message, Throwable cause, boolean missing) {
        super(message, cause instanceof IOException io ? io : new IOException(cause == null ? message : cause.getMessage(), cause));
        this.missing = missing;
    }

    /** True when the store answered that the blob does not exist (404). */
    public boolean missing() { return missing; }
}
