package video.zapcut.pipeline;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed run may be tried again. The seed allows at most 3 attempts in all; the wait doubles
 * per attempt, with jitter so jobs that failed together (a vendor outage) do not retry in lockstep.
 *
 * @param maxAttempts runs in all, the first included (1 = never retry)
 * @param baseDelay   wait before the second attempt
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay) {
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be >= 1");
    }

    /** The delay before the next run after {@code attemptsSoFar} runs failed, or null when none is left. */
    public Duration nextDelay(int attemptsSoFar) {
        if (attemptsSoFar >= maxAttempts) return null;
        long base = baseDelay.toMillis() << Math.min(20, Math.max(0, attemptsSoFar - 1));
        long jitter = base == 0 ? 0 : ThreadLocalRandom.current().nextLong(base / 4 + 1);
        return Duration.ofMillis(base + jitter);
    }
}
