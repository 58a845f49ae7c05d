package video.zapcut.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/** Error shapes; the endpoints that fail on purpose are {@link video.zapcut.web.FailingEndpoints}. */
class ErrorResponsesTest extends ApiTest {
    private String token;

    @BeforeEach
    void signedIn() { token = newUser().path("access_token").asString(); }

    @Test
    void malformedJsonSaysWhereItBreaks() {
        ApiClient.Response response = api.postJson("/v1/auth/login", "{\"email\": \"a@example.com\", \"password\": ");

        assertProblem(response, 400);
        assertThat(response.json().path("type").asString()).endsWith("/malformed-request");
        assertThat(response.json().path("detail").asString()).startsWith("malformed JSON: ").contains("line 1");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        ApiClient.Response response = api.postJson("/v1/auth/login", "{\"email\": {\"nested\": true}, \"password\": \"x\"}");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo("field email has the wrong type: expected a string");
    }

    @Test
    void bodyThatIsNotAnObjectIsRefused() {
        ApiClient.Response response = api.postJson("/v1/auth/login", "[1, 2, 3]");

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).contains("JSON object");
    }

    @Test
    void missingBodyIsRefused() {
        ApiClient.Response response = api.send(api.request("/v1/auth/login", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertProblem(response, 400);
    }

    @Test
    void wrongPathVariableTypeNamesTheParameter() {
        ApiClient.Response response = api.get("/v1/test-errors/items/not-a-number", token);

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo("id must be an integer, not 'not-a-number'");
    }

    @Test
    void unknownRouteIsNotFoundOnceSignedIn() {
        ApiClient.Response response = api.get("/v1/no-such-thing", token);

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).isEqualTo("there is no GET /v1/no-such-thing");
        assertThat(response.json().path("type").asString()).isEqualTo("about:blank");
    }

    @Test
    void unknownRouteIsUnauthorizedWithoutAToken() {
        // Anonymous callers learn nothing about which routes exist.
        assertProblem(api.get("/v1/no-such-thing", null), 401);
    }

    @Test
    void wrongMethodIsNotAllowed() {
        ApiClient.Response response = api.send(api.request("/v1/me", token).DELETE());

        assertProblem(response, 405);
        assertThat(response.header("Allow")).contains("GET");
        assertThat(response.json().path("detail").asString()).isEqualTo("DELETE is not supported here; use GET");
    }

    @Test
    void unsupportedMediaTypeIsRefused() {
        ApiClient.Response response = api.send(api.request("/v1/auth/login", null).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("email=a@example.com")));

        assertProblem(response, 415);
        assertThat(response.json().path("detail").asString()).contains("text/plain", "send application/json");
    }

    @Test
    void bodyOverTheLimitIsRefusedByItsDeclaredLength() {
        String huge = "{\"email\": \"" + "a".repeat(1_100_000) + "\"}";

        ApiClient.Response response = api.postJson("/v1/auth/login", huge);

        assertProblem(response, 413);
        assertThat(response.json().path("type").asString()).endsWith("/payload-too-large");
    }

    @Test
    void bodyOverTheLimitIsRefusedWhileStreaming() {
        byte[] huge = ("{\"email\": \"" + "a".repeat(1_100_000) + "\"}").getBytes();
        // ofInputStream has no declared length, so the body goes chunked and is counted as it is read.
        ApiClient.Response response = api.send(api.request("/v1/auth/login", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));

        assertProblem(response, 413);
    }

    @Test
    void unexpectedErrorsHideTheirInternalsButGiveTheRequestId() {
        ApiClient.Response response = api.send(api.request("/v1/test-errors/boom", token).header("X-Request-Id", "trace-me-42").GET());

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("database password", "IllegalStateException", "at video.");
        assertThat(response.json().path("detail").asString()).contains("trace-me-42");
        assertThat(response.json().path("request_id").asString()).isEqualTo("trace-me-42");
    }

    @Test
    void errorsRaisedBeforeSpringMvcAreProblemsToo() {
        // The security firewall refuses the path parameter and the container renders the error via /error.
        ApiClient.Response response = api.get("/v1/me;jsessionid=abc", token);

        assertProblem(response, 400);
        assertThat(response.json().path("instance").asString()).startsWith("/v1/me");
    }

    @Test
    void responseStatusExceptionsBecomeProblemsWithTheirReason() {
        ApiClient.Response response = api.get("/v1/test-errors/gone", token);

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).isEqualTo("no ad 42");
    }
}
