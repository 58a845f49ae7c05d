package video.zapcut.web.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class RequestIdTest extends ApiTest {

    @Test
    void aRequestIdIsGeneratedWhenNoneIsSent() {
        ApiClient.Response first = api.get("/v1/me", null);
        ApiClient.Response second = api.get("/v1/me", null);

        assertThat(first.header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(second.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
    }

    @Test
    void theCallersRequestIdIsKept() {
        ApiClient.Response response = api.send(api.request("/v1/me", null).header("X-Request-Id", "web-1234.a").GET());

        assertThat(response.header("X-Request-Id")).isEqualTo("web-1234.a");
    }

    @Test
    void anIdThatCouldForgeLogLinesIsReplaced() {
        ApiClient.Response response = api.send(api.request("/v1/me", null).header("X-Request-Id", "x\" level=ERROR {}").GET());

        assertThat(response.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }
}
