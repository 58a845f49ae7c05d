package video.zapcut.web.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheConfiguredNumberThenSaysHowLongToWait() {
        RateLimiter limiter = new RateLimiter(3);

        assertThat(limiter.tryAcquire("a").remaining()).isEqualTo(2);
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.tryAcquire("a");

        assertThat(refused.allowed()).isFalse();
        // One request comes back every 60 / 3 = 20 seconds.
        assertThat(refused.retryAfterSeconds()).isBetween(19L, 20L);
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
    }

    @Test
    void refusesANonsensicalLimit() {
        assertThatThrownBy(() -> new RateLimiter(0)).hasMessageContaining("zapcut.rate-limit.per-minute");
    }
}
