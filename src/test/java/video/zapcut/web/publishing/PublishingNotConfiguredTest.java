package video.zapcut.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;
import video.zapcut.web.projects.ProjectApiTest;

/** The shared API context has no X or LinkedIn app: asking for either names the setting to fill in, and nothing is stored. */
class PublishingNotConfiguredTest extends ProjectApiTest {

    @Test
    void aPlatformWithoutAClientIdAnswersAProblemNamingTheSetting() {
        String token = newToken();
        ApiClient.Response x = api.postJson("/v1/connections/x/authorize", "{}", token);
        assertProblem(x, 503);
        assertThat(x.json().path("type").asString()).endsWith("/platform-not-configured");
        assertThat(x.json().path("detail").asString()).contains("ZAPCUT_X_CLIENT_ID");
        ApiClient.Response li = post("/v1/export/linkedin", Map.of("ad_id", UUID.randomUUID().toString(), "caption", "Hi"), token);
        assertProblem(li, 503);
        assertThat(li.json().path("detail").asString()).contains("ZAPCUT_LINKEDIN_CLIENT_ID");

        ApiClient.Response list = api.get("/v1/connections", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("connections")).isEmpty();
        assertThat(list.json().path("platforms").toString()).contains("\"platform\":\"x\"").doesNotContain("\"configured\":true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM oauth_states WHERE user_id = :u").param("u", userIdOf(token)).query(Long.class).single()).isZero();
    }

    @Test
    void anUnknownPlatformIsNotFound() {
        assertProblem(api.postJson("/v1/connections/myspace/authorize", "{}", newToken()), 404);
    }

    @Test
    void theCallbackNeedsNoTokenAndAnUnknownStateStoresNothing() {
        ApiClient.Response r = api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/v1/connections/x/callback?code=c&state=nope")).GET());
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).startsWith("http://localhost:8000/projects?connect_error=");
    }
}
