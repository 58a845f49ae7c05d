package video.zapcut.ai.vendors.http;

import java.time.Duration;

/**
 * The numbers behind one vendor's {@link VendorResilience}: its retry, circuit breaker and bulkhead.
 *
 * @param maxAttempts        attempts in all, the first included
 * @param baseDelay          the first backoff's ceiling; each further retry doubles it
 * @param maxDelay           no backoff waits longer
 * @param maxRetryAfter      the longest Retry-After waited out; a longer one fails the call at once, carrying the wait
 * @param failuresToOpen     failed attempts in a row that open the breaker
 * @param openFor            how long an open breaker refuses calls before letting one trial call through
 * @param maxConcurrentCalls calls to the vendor in flight at once from this process
 * @param slotWait           how long a call waits for one of those slots before failing (retryably)
 */
public record ResilienceSettings(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter,
                                 int failuresToOpen, Duration openFor, int maxConcurrentCalls, Duration slotWait) {
    public ResilienceSettings {
        if (maxAttempts < 1 || failuresToOpen < 1 || maxConcurrentCalls < 1) {
            throw new IllegalArgumentException("attempts, failures to open and concurrent calls must be at least 1");
        }
        for (Duration d : new Duration[] {maxRetryAfter, openFor, slotWait}) {
            if (d.isNegative()) throw new IllegalArgumentException("durations cannot be negative: " + d);
        }
        // resilience4j's interval functions refuse intervals under a millisecond.
        if (baseDelay.toMillis() < 1 || maxDelay.toMillis() < 1) throw new IllegalArgumentException("backoff delays must be at least 1 ms");
    }

    /**
     * Retries: 4 attempts, backoff from 0.5 s (so 0.25-0.5, 0.5-1, 1-2 s), capped at 20 s, Retry-After
     * honoured up to 60 s. Breaker: 5 failures in a row open it for 30 s. Bulkhead: 8 calls in flight,
     * 30 s wait for a slot (docs/decisions.md, "Real AI vendors", says why these numbers).
     */
    public static ResilienceSettings defaults() {
        return new ResilienceSettings(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60),
                5, Duration.ofSeconds(30), 8, Duration.ofSeconds(30));
    }

    public ResilienceSettings withRetries(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        return new ResilienceSettings(maxAttempts, baseDelay, maxDelay, maxRetryAfter, failuresToOpen, openFor, maxConcurrentCalls, slotWait);
    }

    public ResilienceSettings withBreaker(int failuresToOpen, Duration openFor) {
        return new ResilienceSettings(maxAttempts, baseDelay, maxDelay, maxRetryAfter, failuresToOpen, openFor, maxConcurrentCalls, slotWait);
    }

    public ResilienceSettings withBulkhead(int maxConcurrentCalls, Duration slotWait) {
        return new ResilienceSettings(maxAttempts, baseDelay, maxDelay, maxRetryAfter, failuresToOpen, openFor, maxConcurrentCalls, slotWait);
    }
}
