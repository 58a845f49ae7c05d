package video.zapcut.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void atMostThreeRunsWithDoublingJitteredWaits() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(10));
        for (int i = 0; i < 50; i++) {
            assertThat(policy.nextDelay(1)).isBetween(Duration.ofSeconds(10), Duration.ofMillis(12_500));
            assertThat(policy.nextDelay(2)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(25));
        }
        assertThat(policy.nextDelay(3)).isNull();
        assertThat(RetryPolicy.NONE.nextDelay(1)).isNull();
    }
}
