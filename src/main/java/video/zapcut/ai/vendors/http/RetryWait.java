package video.zapcut.ai.vendors.http;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long resilience4j's Retry waits after a failed attempt: the vendor's Retry-After when it sent
 * one (seconds, HTTP date or {@code retry-after-ms}, read by {@link ErrorClassifier}); otherwise
 * exponential backoff with jitter. Which failures are retried at all is {@link VendorRetry}'s call.
 */
final class RetryWait implements IntervalBiFunction<Object> {
    private final IntervalFunction ceiling;
    private final RandomGenerator random;

    RetryWait(Duration baseDelay, Duration maxDelay, RandomGenerator random) {
        this.ceiling = IntervalFunction.ofExponentialBackoff(baseDelay.toMillis(), 2.0, maxDelay.toMillis());
        this.random = random;
    }

    /** {@code attempt} counts from 1: the attempt that just failed. */
    @Override
    public Long apply(Integer attempt, Either<Throwable, Object> outcome) {
        if (outcome.isLeft() && outcome.getLeft() instanceof VendorException e && e.retryAfter() != null) {
            return e.retryAfter().toMillis();
        }
        // Jitter is applied below the capped ceiling (resilience4j's own random backoff caps after
        // randomising, so every wait past the cap would be the same and retries would stampede):
        // uniform in [ceiling/2, ceiling], never shorter than half the ceiling.
        long top = ceiling.apply(attempt);
        long half = top / 2;
        return half + random.nextLong(top - half + 1);
    }
}
