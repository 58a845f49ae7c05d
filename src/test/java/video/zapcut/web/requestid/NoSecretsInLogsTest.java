package video.zapcut.web.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/**
 * Emails, passwords and tokens must never reach the logs, even with Spring's web and security
 * logging at DEBUG (which prints request and response bodies and security decisions).
 */
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest extends ApiTest {
    private static final String[] VERBOSE = {"org.springframework.web", "org.springframework.security", "video.zapcut"};

    @AfterEach
    void quiet() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        for (String logger : VERBOSE) logging.setLogLevel(logger, null);
    }

    @Test
    void signupLoginRefreshMeAndLogoutLogNoSecrets(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        for (String logger : VERBOSE) logging.setLogLevel(logger, LogLevel.DEBUG);
        String email = uniqueEmail();
        String password = "Log-Me-Not-" + System.nanoTime() + "!";

        JsonNode signedUp = signup(email, password).json();
        ApiClient.Response login = api.postJson("/v1/auth/login", Map.of("email", email, "password", password));
        ApiClient.Response failed = api.postJson("/v1/auth/login", Map.of("email", email, "password", password + "x"));
        ApiClient.Response refreshed = api.postJson("/v1/auth/refresh", Map.of("refresh_token", signedUp.path("refresh_token").asString()));
        ApiClient.Response me = api.send(api.request("/v1/me", login.json().path("access_token").asString())
                .header("X-Request-Id", "no-secrets-test").GET());
        ApiClient.Response logout = api.postJson("/v1/auth/logout",
                "{\"refresh_token\":\"" + login.json().path("refresh_token").asString() + "\"}",
                login.json().path("access_token").asString());
        ApiClient.Response ended = api.get("/v1/me", login.json().path("access_token").asString());

        assertThat(login.status()).isEqualTo(200);
        assertThat(failed.status()).isEqualTo(401);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(me.status()).isEqualTo(200);
        assertThat(logout.status()).isEqualTo(204);
        assertThat(ended.status()).isEqualTo(401);
        String userId = signedUp.path("user_id").asString();
        // The capture works and the application did log about these requests, by user id and request id...
        assertThat(output.getAll()).contains("account " + userId + " created", "account " + userId + " signed in",
                "account " + userId + " signed out", "[no-secrets-test]");
        // ...but none of the secrets.
        assertThat(output.getAll()).doesNotContain(email, email.toLowerCase(), password,
                signedUp.path("access_token").asString(), signedUp.path("refresh_token").asString(),
                login.json().path("access_token").asString(), login.json().path("refresh_token").asString(),
                refreshed.json().path("access_token").asString(), refreshed.json().path("refresh_token").asString());
    }
}
