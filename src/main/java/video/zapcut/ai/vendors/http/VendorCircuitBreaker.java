package video.zapcut.ai.vendors.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * One vendor's resilience4j {@link CircuitBreaker}: {@code failuresToOpen} failed attempts in a row
 * open it for {@code openFor}, then one trial call closes it again or re-opens it. While open it
 * fails fast with a {@link CircuitOpenException} that says when it will try again. Only failures
 * that mean the vendor is unwell count ({@link #meansVendorUnwell}).
 */
public final class VendorCircuitBreaker {
    private final String provider;
    private final CircuitBreaker breaker;
    private final Duration openFor;
    private final Clock clock;
    // resilience4j keeps when the open state ends to itself; we note when it opened, and why, to tell the caller.
    private volatile Instant openedAt;
    private volatile String openedBecause = "";

    VendorCircuitBreaker(String provider, ResilienceSettings settings, Clock clock) {
        this.provider = provider;
        this.openFor = settings.openFor();
        this.clock = clock;
        int n = settings.failuresToOpen();
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                // A window of the last n calls, all of them failed: exactly "n failures in a row".
                .slidingWindow(n, n, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(100)
                .recordException(VendorCircuitBreaker::meansVendorUnwell)
                // Neither a failure nor a success: a rejected request says nothing about the vendor's health.
                .ignoreException(e -> !meansVendorUnwell(e))
                .waitDurationInOpenState(openFor)
                .permittedNumberOfCallsInHalfOpenState(1)
                // Slowness already fails a call through its timeout. resilience4j's slow-call rule
                // (all of the window over 60 s by default) would open the breaker on Replicate's
                // creates, which hold the request up to a minute by design: a day never triggers it.
                .slowCallDurationThreshold(Duration.ofDays(1))
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> {
            if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedBecause = e.getStateTransition().getFromState() == CircuitBreaker.State.HALF_OPEN
                        ? "the trial call failed" : n + " failed calls in a row";
                openedAt = clock.instant();
            }
        });
    }

    /**
     * 5xx, 429 (even a quota's), timeouts, connection failures and unreadable answers. Not a fatal
     * 4xx (our request was wrong), not a cancellation, not our own full bulkhead.
     */
    static boolean meansVendorUnwell(Throwable failure) {
        if (!(failure instanceof VendorException e) || e instanceof VendorInterruptedException
                || e instanceof CallSlotsFullException || e instanceof CircuitOpenException) {
            return false;
        }
        boolean ourRequestWasRefused = !e.retryable() && e.status() >= 400 && e.status() < 500 && e.status() != 429;
        return !ourRequestWasRefused;
    }

    public CircuitBreaker.State state() { return breaker.getState(); }

    <T> T call(Supplier<T> attempt) {
        try {
            return breaker.executeSupplier(attempt);
        } catch (CallNotPermittedException e) {
            throw refusal();
        }
    }

    private CircuitOpenException refusal() {
        if (breaker.getState() == CircuitBreaker.State.HALF_OPEN) {
            return new CircuitOpenException(provider, Duration.ZERO,
                    "circuit open (" + openedBecause + "); a trial call is in flight, not calling until it has answered");
        }
        Instant opened = openedAt;
        Instant until = (opened == null ? clock.instant() : opened).plus(openFor);
        Duration left = Duration.between(clock.instant(), until);
        if (left.isNegative()) left = Duration.ZERO;
        // Whole seconds, rounded up: never announce a trial earlier than the breaker will allow it.
        long seconds = (left.toMillis() + 999) / 1000;
        Instant at = until.plusNanos(999_999_999).truncatedTo(ChronoUnit.SECONDS);
        return new CircuitOpenException(provider, left,
                "circuit open (" + openedBecause + "); not calling for " + seconds + " s, next trial call at " + at);
    }
}
