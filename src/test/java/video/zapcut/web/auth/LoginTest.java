package video.zapcut.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class LoginTest extends ApiTest {

    private ApiClient.Response login(String email, String password) {
        return api.postJson("/v1/auth/login", Map.of("email", email, "password", password));
    }

    @Test
    void rightPasswordSignsIn() {
        String email = uniqueEmail();
        String userId = signup(email, GOOD_PASSWORD).json().path("user_id").asString();

        ApiClient.Response response = login(email.toUpperCase(), GOOD_PASSWORD);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("user_id", "email", "access_token", "refresh_token", "expires_in");
        assertThat(body.path("user_id").asString()).isEqualTo(userId);
        assertThat(body.path("email").asString()).isEqualTo(email);
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(api.get("/v1/me", body.path("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = uniqueEmail();
        signup(email, GOOD_PASSWORD);

        ApiClient.Response wrongPassword = login(email, "Wrong-Password-1");
        ApiClient.Response unknownEmail = login(uniqueEmail(), GOOD_PASSWORD);

        assertProblem(wrongPassword, 401);
        assertProblem(unknownEmail, 401);
        assertThat(wrongPassword.json().path("detail").asString()).isEqualTo("email or password is incorrect");
        assertThat(unknownEmail.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"));
        assertThat(unknownEmail.json().path("type")).isEqualTo(wrongPassword.json().path("type"));
        assertThat(unknownEmail.json().path("title")).isEqualTo(wrongPassword.json().path("title"));
    }

    @Test
    void theCommandLineUserCannotSignIn() {
        jdbc.sql("INSERT INTO users (email, subscription_tier, videos_remaining) VALUES ('nopass@example.com', 'local', 0)").update();

        assertProblem(login("nopass@example.com", GOOD_PASSWORD), 401);
    }

    @Test
    void missingPasswordIsAValidationError() {
        ApiClient.Response response = api.postJson("/v1/auth/login", Map.of("email", uniqueEmail()));

        assertProblem(response, 400);
        assertThat(response.json().path("detail").asString()).isEqualTo("password is required");
    }
}
