package video.zapcut.ai.vendors.http;

import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One vendor's resilience4j stack, outermost first: {@link Retry} (retryable failures only, waiting
 * the vendor's Retry-After or a jittered backoff, through the {@link Sleeper}), then the
 * {@link VendorCircuitBreaker}, then the {@link VendorBulkhead}. Each attempt passes the breaker and
 * takes a slot on its own, so a call that is backing off holds no slot, and an open breaker refuses
 * before anything queues for a slot. Build one per vendor and share it (see {@code Providers}).
 */
public final class VendorResilience {
    private final String provider;
    private final Sleeper sleeper;
    private final Retry retry;
    private final VendorCircuitBreaker breaker;
    private final VendorBulkhead bulkhead;

    public VendorResilience(String provider, ResilienceSettings settings, Sleeper sleeper, Clock clock, RandomGenerator random) {
        this.provider = provider;
        this.sleeper = sleeper;
        this.retry = VendorRetry.of(provider, settings, random);
        this.breaker = new VendorCircuitBreaker(provider, settings, clock);
        this.bulkhead = new VendorBulkhead(provider, settings);
    }

    public String provider() { return provider; }
    public Sleeper sleeper() { return sleeper; }
    public VendorCircuitBreaker circuitBreaker() { return breaker; }
    public VendorBulkhead bulkhead() { return bulkhead; }

    /** Runs {@code attempt} (one HTTP exchange, rebuilt each time) under the retry, the breaker and the bulkhead. */
    public <T> T call(Supplier<T> attempt) {
        Supplier<T> guarded = () -> breaker.call(() -> bulkhead.call(attempt));
        try {
            return RetrySleeps.through(sleeper, () -> retry.executeSupplier(guarded));
        } catch (VendorInterruptedException e) {
            throw e;
        } catch (VendorException e) {
            // Interrupted while backing off: resilience4j restores the flag and rethrows the failure
            // that caused the wait. The job was cancelled; say so, keeping that failure.
            if (Thread.currentThread().isInterrupted()) {
                VendorInterruptedException cancelled = new VendorInterruptedException(provider, "interrupted while backing off",
                        new InterruptedException("backing off"));
                cancelled.addSuppressed(e);
                throw cancelled;
            }
            throw e;
        }
    }
}
