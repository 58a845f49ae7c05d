package video.zapcut.ai.vendors.http;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.core.exception.AcquirePermissionCancelledException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One vendor's resilience4j semaphore {@link Bulkhead}: at most {@code maxConcurrentCalls} calls in
 * flight; a further call waits up to {@code slotWait} for a slot, then fails with a retryable
 * {@link CallSlotsFullException}. Bursts queue here instead of reaching the vendor as a burst of 429s.
 */
public final class VendorBulkhead {
    private final String provider;
    private final Bulkhead bulkhead;

    VendorBulkhead(String provider, ResilienceSettings settings) {
        this.provider = provider;
        this.bulkhead = Bulkhead.of(provider, BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.slotWait())
                .build());
    }

    /** The resilience4j bulkhead itself (metrics, events). */
    public Bulkhead bulkhead() { return bulkhead; }

    <T> T call(Supplier<T> attempt) {
        try {
            return bulkhead.executeSupplier(attempt);
        } catch (BulkheadFullException e) {
            BulkheadConfig c = bulkhead.getBulkheadConfig();
            throw new CallSlotsFullException(provider, "no free call slot (" + c.getMaxConcurrentCalls() + " in flight) within "
                    + c.getMaxWaitDuration().toMillis() + " ms; not sent");
        } catch (AcquirePermissionCancelledException e) {
            // Interrupted while waiting for a slot: the job was cancelled (resilience4j has restored the flag).
            throw new VendorInterruptedException(provider, "interrupted while waiting for a call slot",
                    new InterruptedException("waiting for a call slot"));
        }
    }
}
