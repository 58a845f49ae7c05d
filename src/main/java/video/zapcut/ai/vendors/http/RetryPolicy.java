package video.zapcut.ai.vendors.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: attempt n waits a random time in [base*2^n/2, base*2^n]
 * (capped at {@code maxDelay}); a vendor's Retry-After wins when present, up to {@code maxRetryAfter}
 * (beyond that the call fails at once and the caller sees {@link VendorException#retryAfter()}).
 *
 * @param maxAttempts total attempts including the first
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    public static RetryPolicy none() { return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO); }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1), or null to give up. */
    public Duration delayAfter(int attempt, VendorException failure, RandomGenerator random) {
        if (!failure.retryable() || attempt >= maxAttempts) return null;
        if (failure.retryAfter() != null) {
            return failure.retryAfter().compareTo(maxRetryAfter) > 0 ? null : failure.retryAfter();
        }
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(20, attempt - 1));
        long half = cap / 2;
        return Duration.ofMillis(half + (cap - half <= 0 ? 0 : random.nextLong(cap - half + 1)));
    }
}
