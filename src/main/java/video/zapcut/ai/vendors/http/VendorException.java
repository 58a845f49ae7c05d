package video.zapcut.ai.vendors.http;

import java.time.Duration;

/**
 * Every vendor failure, sorted: {@code retryable} (429 without a spend limit, 529, 5xx, timeouts,
 * connection resets, unreadable bodies; an open circuit or a full bulkhead, where nothing was sent)
 * or fatal (validation, auth, spend limits, failed predictions).
 * Messages name the provider, the status and the vendor's own error text, never a key or header.
 */
public class VendorException extends RuntimeException {
    private final String provider;
    private final int status;
    private final boolean retryable;
    private final Duration retryAfter;
    private final String code;

    public VendorException(String provider, int status, boolean retryable, Duration retryAfter, String code, String message,
                           Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
        this.code = code;
    }

    public VendorException(String provider, int status, boolean retryable, String message) {
        this(provider, status, retryable, null, null, message, null);
    }

    public String provider() { return provider; }
    /** HTTP status, or -1 when no response came back (timeout, reset). */
    public int status() { return status; }
    public boolean retryable() { return retryable; }
    /** What the vendor asked us to wait (Retry-After), or null. */
    public Duration retryAfter() { return retryAfter; }
    /** The vendor's error type or code (e.g. rate_limit_error, model_not_found), or null. */
    public String code() { return code; }
}
