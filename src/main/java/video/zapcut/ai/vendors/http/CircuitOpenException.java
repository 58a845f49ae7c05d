package video.zapcut.ai.vendors.http;

import java.time.Duration;

/**
 * The vendor's circuit breaker is open: nothing was sent. Retryable (the vendor may be back after
 * {@link #retryAfter()}), but never retried inside the same call: it fails fast so the caller can
 * fall back or give up.
 */
public final class CircuitOpenException extends VendorException {
    public CircuitOpenException(String provider, Duration retryAfter, String message) {
        super(provider, -1, true, retryAfter, "circuit_open", message, null);
    }
}
