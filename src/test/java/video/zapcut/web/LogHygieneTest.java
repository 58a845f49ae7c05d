package video.zapcut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** Emails, passwords and tokens never reach the logs, whatever a request does with them. */
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest extends ApiTest {

    @Test
    void credentialsDoNotAppearInLogs(CapturedOutput output) {
        String email = uniqueEmail();
        JsonNode session = signup(email, GOOD_PASSWORD).json();
        String access = session.path("access_token").asString();
        String refresh = session.path("refresh_token").asString();
        JsonNode second = api.postJson("/v1/auth/login", Map.of("email", email, "password", GOOD_PASSWORD)).json();
        String secondAccess = second.path("access_token").asString();
        String secondRefresh = second.path("refresh_token").asString();
        api.postJson("/v1/auth/login", Map.of("email", email, "password", "Wrong-Password-1"));
        api.postJson("/v1/auth/logout", "{\"refresh_token\":\"" + secondRefresh + "\"}", secondAccess);
        api.get("/v1/me", secondAccess); // refused: that sign-in has ended
        api.postJson("/v1/auth/refresh", Map.of("refresh_token", refresh));
        api.postJson("/v1/auth/refresh", Map.of("refresh_token", refresh)); // reuse: revokes the family
        api.get("/v1/me", access);
        api.get("/v1/me", access + "x");
        api.get("/v1/generate/video/job/00000000-0000-0000-0000-000000000000/events?access_token=" + access, null);

        String logs = output.getAll();
        assertThat(logs).doesNotContain(email).doesNotContain(GOOD_PASSWORD).doesNotContain(access).doesNotContain(refresh)
                .doesNotContain(secondAccess).doesNotContain(secondRefresh);
        assertThat(logs).contains("signed out of session");
        assertThat(logs).doesNotContain(access.substring(access.lastIndexOf('.') + 1));
    }
}
