package video.zapcut.web.limits;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * In-memory token buckets, one per client key: {@code perMinute} requests, refilled smoothly over
 * a minute (so a client that used its allowance gets a request back every {@code 60/perMinute} s).
 * Buckets are per process; several API processes behind a balancer each allow the full rate.
 */
public class RateLimiter {
    private static final long SWEEP_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_INTERVAL_NANOS);

    public RateLimiter(int perMinute) {
        if (perMinute < 1) throw new IllegalArgumentException("zapcut.rate-limit.per-minute must be at least 1, not " + perMinute);
        this.perMinute = perMinute;
    }

    public Decision tryAcquire(String clientKey) {
        sweepIdleBuckets();
        ConsumptionProbe probe = buckets.computeIfAbsent(clientKey, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) return new Decision(true, probe.getRemainingTokens(), 0);
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
        return new Decision(false, 0, seconds);
    }

    public int perMinute() { return perMinute; }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    /**
     * Drops buckets that have refilled completely: their clients were idle for a while, and a new
     * bucket would be identical. Keeps memory bounded by the number of recently active clients.
     */
    private void sweepIdleBuckets() {
        long due = nextSweep.get();
        if (System.nanoTime() - due < 0 || !nextSweep.compareAndSet(due, System.nanoTime() + SWEEP_INTERVAL_NANOS)) return;
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perMinute);
    }

    int trackedClients() { return buckets.size(); }

    /** @param retryAfterSeconds when refused, how long until one request is allowed again */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}
}
