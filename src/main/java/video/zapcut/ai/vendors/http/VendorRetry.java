package video.zapcut.ai.vendors.http;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A vendor's resilience4j {@link Retry}: which failures get another attempt, and (through {@link RetryWait}) after how long. */
final class VendorRetry {
    private static final Logger log = LoggerFactory.getLogger(VendorRetry.class);

    private VendorRetry() {}

    static Retry of(String provider, ResilienceSettings settings, RandomGenerator random) {
        Retry retry = Retry.of(provider, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(e -> worthRetrying(e, settings.maxRetryAfter()))
                .intervalBiFunction(new RetryWait(settings.baseDelay(), settings.maxDelay(), random))
                .build());
        // Messages are already redacted (VendorException never carries a key, a header or a body).
        retry.getEventPublisher().onRetry(e -> log.warn("{} attempt {} failed ({}); retrying in {} ms", provider,
                e.getNumberOfRetryAttempts(), e.getLastThrowable().getMessage(), e.getWaitInterval().toMillis()));
        return retry;
    }

    /**
     * Only what the vendor may well answer next time: {@link VendorException#retryable()} failures.
     * Not an open breaker (that would only wait out the breaker inside one call; it fails fast and
     * the caller decides), and not a Retry-After beyond {@code maxRetryAfter}: that call fails at
     * once and the caller sees the wait on {@link VendorException#retryAfter()}.
     */
    static boolean worthRetrying(Throwable failure, Duration maxRetryAfter) {
        return failure instanceof VendorException e && e.retryable() && !(e instanceof CircuitOpenException)
                && (e.retryAfter() == null || e.retryAfter().compareTo(maxRetryAfter) <= 0);
    }
}
