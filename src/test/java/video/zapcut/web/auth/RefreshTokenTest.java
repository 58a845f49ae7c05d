package video.zapcut.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.accounts.token.RefreshTokenCodec;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class RefreshTokenTest extends ApiTest {

    private ApiClient.Response refresh(String refreshToken) {
        return api.postJson("/v1/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    @Test
    void refreshReturnsNewTokensAndSpendsTheOldOne() {
        JsonNode user = newUser();
        String first = user.path("refresh_token").asString();

        ApiClient.Response response = refresh(first);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("access_token", "refresh_token", "expires_in");
        assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
        assertThat(body.path("refresh_token").asString()).isNotEqualTo(first);
        assertThat(api.get("/v1/me", body.path("access_token").asString()).json().path("id").asString())
                .isEqualTo(user.path("user_id").asString());

        Map<String, Object> spent = jdbc.sql("SELECT used_at, replaced_by FROM refresh_tokens WHERE token_hash = :h")
                .param("h", RefreshTokenCodec.hash(first)).query().singleRow();
        assertThat(spent.get("used_at")).isNotNull();
        assertThat(spent.get("replaced_by")).isNotNull();
    }

    @Test
    void reusingASpentTokenRevokesTheWholeSignIn() {
        JsonNode user = newUser();
        String first = user.path("refresh_token").asString();
        String second = refresh(first).json().path("refresh_token").asString();
        String third = refresh(second).json().path("refresh_token").asString();

        ApiClient.Response reuse = refresh(first);

        assertProblem(reuse, 401);
        assertThat(reuse.json().path("detail").asString()).contains("already used", "revoked");
        ApiClient.Response newest = refresh(third);
        assertProblem(newest, 401);
        assertThat(newest.json().path("detail").asString()).contains("revoked");
    }

    @Test
    void revokingOneSignInLeavesTheOthersAlone() {
        String email = uniqueEmail();
        String deviceA = signup(email, GOOD_PASSWORD).json().path("refresh_token").asString();
        String deviceB = api.postJson("/v1/auth/login", Map.of("email", email, "password", GOOD_PASSWORD))
                .json().path("refresh_token").asString();
        refresh(deviceA);
        refresh(deviceA);

        assertThat(refresh(deviceB).status()).isEqualTo(200);
    }

    @Test
    void unknownTokenIsRefused() {
        ApiClient.Response response = refresh(RefreshTokenCodec.newToken());

        assertProblem(response, 401);
        assertThat(response.json().path("type").asString()).endsWith("/invalid-refresh-token");
    }

    @Test
    void expiredTokenIsRefused() {
        JsonNode user = newUser();
        String token = user.path("refresh_token").asString();
        jdbc.sql("UPDATE refresh_tokens SET created_at = NOW() - INTERVAL '31 days', expires_at = NOW() - INTERVAL '1 day' WHERE token_hash = :h")
                .param("h", RefreshTokenCodec.hash(token)).update();

        ApiClient.Response response = refresh(token);

        assertProblem(response, 401);
        assertThat(response.json().path("detail").asString()).contains("expired");
    }

    @Test
    void onlyHashesOfRefreshTokensAreStored() {
        JsonNode user = newUser();
        String token = user.path("refresh_token").asString();

        List<String> hashes = jdbc.sql("SELECT token_hash FROM refresh_tokens WHERE user_id = :u")
                .param("u", UUID.fromString(user.path("user_id").asString())).query(String.class).list();

        assertThat(hashes).containsExactly(RefreshTokenCodec.hash(token));
        assertThat(hashes.getFirst()).matches("[0-9a-f]{64}").doesNotContain(token);
    }

    @Test
    void anAccessTokenIsNotARefreshToken() {
        ApiClient.Response response = refresh(newUser().path("access_token").asString());

        assertProblem(response, 401);
    }
}
