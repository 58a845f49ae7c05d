package video.zapcut.web.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** Its own context (and database): five requests a minute. */
@TestPropertySource(properties = "zapcut.rate-limit.per-minute=5")
class RateLimitTest extends ApiTest {

    @Test
    void usersAndAnonymousCallersEachGetTheirOwnAllowance() {
        // Anonymous: counted per address. Two sign-ups use two of its five.
        String alice = newUser().path("access_token").asString();
        String bob = newUser().path("access_token").asString();

        for (int i = 1; i <= 5; i++) {
            ApiClient.Response response = api.get("/v1/me", alice);
            assertThat(response.status()).as("request " + i + ": " + response).isEqualTo(200);
            assertThat(response.header("X-RateLimit-Remaining")).isEqualTo(Integer.toString(5 - i));
        }
        ApiClient.Response refused = api.get("/v1/me", alice);

        assertProblem(refused, 429);
        assertThat(refused.json().path("type").asString()).endsWith("/rate-limited");
        assertThat(refused.json().path("detail").asString()).contains("5 requests per minute");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 60L);
        // Bob has his own bucket.
        assertThat(api.get("/v1/me", bob).status()).isEqualTo(200);

        // The address has three anonymous requests left, then it is refused too.
        for (int i = 0; i < 3; i++) {
            assertThat(api.postJson("/v1/auth/login", Map.of("email", "x@example.com", "password", "y")).status()).isEqualTo(401);
        }
        ApiClient.Response anonymousRefused = api.postJson("/v1/auth/login", Map.of("email", "x@example.com", "password", "y"));
        assertProblem(anonymousRefused, 429);
        assertThat(anonymousRefused.header("Retry-After")).isNotBlank();
    }

    @Test
    void theLimitCoversOnlyTheApi() {
        for (int i = 0; i < 8; i++) assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    }
}
