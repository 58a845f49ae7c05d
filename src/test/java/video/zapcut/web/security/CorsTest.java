package video.zapcut.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class CorsTest extends ApiTest {

    private ApiClient.Response preflight(String origin) {
        return api.send(api.request("/v1/me", null).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization"));
    }

    @Test
    void preflightFromAConfiguredOriginIsAllowed() {
        ApiClient.Response response = preflight("http://localhost:5173");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(response.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(response.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void preflightFromAnotherOriginIsRefused() {
        ApiClient.Response response = preflight("https://evil.example");

        assertProblem(response, 403);
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(response.json().path("detail").asString()).contains("https://evil.example");
    }

    @Test
    void actualRequestFromAConfiguredOriginGetsTheHeaders() {
        String token = newUser().path("access_token").asString();

        ApiClient.Response response = api.send(api.request("/v1/me", token).header("Origin", "http://localhost:8000").GET());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8000");
        assertThat(response.header("Access-Control-Expose-Headers")).contains("X-Request-Id");
    }
}
