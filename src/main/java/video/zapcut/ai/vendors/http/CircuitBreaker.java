package video.zapcut.ai.vendors.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One per provider: after {@code threshold} consecutive failed calls (each after its retries) the
 * provider is not called for {@code openFor}; then one trial call decides whether it closes again.
 * Fatal client errors (400-class validation) do not count: the provider is up, the request was wrong.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final String provider;
    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(String provider, int threshold, Duration openFor, Clock clock) {
        this.provider = provider;
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    public static CircuitBreaker defaults(String provider) {
        return new CircuitBreaker(provider, 5, Duration.ofSeconds(30), Clock.systemUTC());
    }

    public synchronized State state() {
        if (openedAt == null) return State.CLOSED;
        return clock.instant().isBefore(openedAt.plus(openFor)) ? State.OPEN : State.HALF_OPEN;
    }

    /** Throws a retryable VendorException when the circuit is open. */
    public synchronized void acquire() {
        State s = state();
        if (s == State.OPEN || (s == State.HALF_OPEN && trialInFlight)) {
            Duration left = Duration.between(clock.instant(), openedAt.plus(openFor));
            throw new VendorException(provider, -1, true, left.isNegative() ? Duration.ZERO : left, "circuit_open",
                    "circuit open after " + failures + " consecutive failures; not calling for " + left.toSeconds() + " s", null);
        }
        if (s == State.HALF_OPEN) trialInFlight = true;
    }

    public synchronized void onSuccess() {
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void onFailure(VendorException e) {
        if (!e.retryable() && e.status() >= 400 && e.status() < 500 && e.status() != 429) {
            trialInFlight = false;
            return;
        }
        failures++;
        trialInFlight = false;
        if (failures >= threshold || openedAt != null) openedAt = clock.instant();
    }
}
