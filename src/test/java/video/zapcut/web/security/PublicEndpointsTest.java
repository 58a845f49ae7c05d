package video.zapcut.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** What anonymous callers may reach, and that the rest of /v1 needs a token. */
class PublicEndpointsTest extends ApiTest {

    @Test
    void openApiDocumentIsPublic() {
        ApiClient.Response response = api.get("/v1/openapi.json", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("paths").has("/v1/auth/signup")).isTrue();
        assertThat(response.json().path("paths").has("/error")).isFalse();
        // The signed-in user comes from the token; it is no parameter of GET /v1/me.
        assertThat(response.json().path("paths").path("/v1/me").path("get").path("parameters").isMissingNode()
                || response.json().path("paths").path("/v1/me").path("get").path("parameters").isEmpty()).isTrue();
    }

    @Test
    void healthIsPublic() {
        ApiClient.Response response = api.get("/actuator/health", null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void otherActuatorEndpointsAreNot() {
        assertProblem(api.get("/actuator/env", null), 401);
    }

    @Test
    void authEndpointsNeedPostButNoToken() {
        assertThat(api.postJson("/v1/auth/login", "{}").status()).isEqualTo(400);
        assertProblem(api.get("/v1/auth/login", null), 401);
    }
}
