package video.zapcut.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import video.zapcut.accounts.token.RefreshTokenCodec;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/**
 * POST /v1/auth/logout, and the other way a sign-in ends (a refresh token used twice): from that
 * moment the session's access tokens get 401 and its refresh tokens are refused, while the user's
 * other sign-ins carry on.
 */
class LogoutTest extends ApiTest {
    private static final Pattern SID = Pattern.compile("\"sid\":\"([0-9a-f-]{36})\"");

    private ApiClient.Response logout(String accessToken) {
        return api.postJson("/v1/auth/logout", "", accessToken);
    }

    private ApiClient.Response logout(String accessToken, String refreshToken) {
        return api.postJson("/v1/auth/logout", "{\"refresh_token\":\"" + refreshToken + "\"}", accessToken);
    }

    private ApiClient.Response refresh(String refreshToken) {
        return api.postJson("/v1/auth/refresh", Map.of("refresh_token", refreshToken));
    }

    private ApiClient.Response login(String email) {
        ApiClient.Response response = api.postJson("/v1/auth/login", Map.of("email", email, "password", GOOD_PASSWORD));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private ApiClient.Response me(String accessToken) { return api.get("/v1/me", accessToken); }

    private static void assertEnded(ApiClient.Response response) {
        assertProblem(response, 401);
        assertThat(response.json().path("type").asString()).endsWith("/invalid-token");
        assertThat(response.json().path("detail").asString()).contains("sign-in has ended");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
    }

    private static void assertNoContent(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    private static UUID sessionOf(String accessToken) {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
        Matcher sid = SID.matcher(payload);
        assertThat(sid.find()).as(payload).isTrue();
        return UUID.fromString(sid.group(1));
    }

    private Map<String, Object> sessionRow(UUID sessionId) {
        return jdbc.sql("SELECT ended_at, end_reason FROM sessions WHERE id = :id").param("id", sessionId).query().singleRow();
    }

    private List<Boolean> familyRevoked(UUID sessionId) {
        return jdbc.sql("SELECT revoked_at IS NOT NULL FROM refresh_tokens WHERE family_id = :id ORDER BY created_at")
                .param("id", sessionId).query(Boolean.class).list();
    }

    @Test
    void logoutEndsTheSessionAtOnce() {
        JsonNode user = newUser();
        String access = user.path("access_token").asString();
        String refreshToken = user.path("refresh_token").asString();
        UUID session = sessionOf(access);
        assertThat(me(access).status()).isEqualTo(200);

        assertNoContent(logout(access));

        assertEnded(me(access));
        ApiClient.Response refused = refresh(refreshToken);
        assertProblem(refused, 401);
        assertThat(refused.json().path("type").asString()).endsWith("/invalid-refresh-token");
        assertThat(refused.json().path("detail").asString()).contains("signed out");
        assertThat(sessionRow(session).get("ended_at")).isNotNull();
        assertThat(sessionRow(session)).containsEntry("end_reason", "signed_out");
        assertThat(familyRevoked(session)).containsOnly(true).isNotEmpty();
    }

    @Test
    void theAccessTokensOfARefreshedSessionAllEnd() {
        JsonNode user = newUser();
        String first = user.path("access_token").asString();
        JsonNode refreshed = refresh(user.path("refresh_token").asString()).json();
        String second = refreshed.path("access_token").asString();
        assertThat(sessionOf(second)).isEqualTo(sessionOf(first));

        assertNoContent(logout(second));

        assertEnded(me(first));
        assertEnded(me(second));
        assertProblem(refresh(refreshed.path("refresh_token").asString()), 401);
    }

    @Test
    void theUsersOtherSessionsKeepWorking() {
        String email = uniqueEmail();
        JsonNode laptop = signup(email, GOOD_PASSWORD).json();
        JsonNode phone = login(email).json();
        assertThat(sessionOf(phone.path("access_token").asString())).isNotEqualTo(sessionOf(laptop.path("access_token").asString()));

        assertNoContent(logout(laptop.path("access_token").asString()));

        assertEnded(me(laptop.path("access_token").asString()));
        assertThat(me(phone.path("access_token").asString()).status()).isEqualTo(200);
        ApiClient.Response refreshed = refresh(phone.path("refresh_token").asString());
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(me(refreshed.json().path("access_token").asString()).status()).isEqualTo(200);
        assertThat(sessionRow(sessionOf(phone.path("access_token").asString())).get("ended_at")).isNull();
    }

    @Test
    void loggingOutTwiceIsFine() {
        JsonNode user = newUser();
        String access = user.path("access_token").asString();
        String refreshToken = user.path("refresh_token").asString();

        assertNoContent(logout(access, refreshToken));
        Object endedAt = sessionRow(sessionOf(access)).get("ended_at");
        assertNoContent(logout(access, refreshToken));
        assertNoContent(logout(access));

        // The second and third sign-outs changed nothing, and the token still opens nothing else.
        assertThat(sessionRow(sessionOf(access)).get("ended_at")).isEqualTo(endedAt);
        assertEnded(me(access));
    }

    @Test
    void aRefreshTokenOfTheUsersOtherSignInEndsThatOneToo() {
        String email = uniqueEmail();
        JsonNode laptop = signup(email, GOOD_PASSWORD).json();
        JsonNode phone = login(email).json();
        JsonNode tablet = login(email).json();

        assertNoContent(logout(laptop.path("access_token").asString(), phone.path("refresh_token").asString()));

        assertEnded(me(laptop.path("access_token").asString()));
        assertEnded(me(phone.path("access_token").asString()));
        assertThat(me(tablet.path("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void anotherUsersRefreshTokenIsIgnored() {
        JsonNode me = newUser();
        JsonNode stranger = newUser();
        UUID strangersSession = sessionOf(stranger.path("access_token").asString());

        assertNoContent(logout(me.path("access_token").asString(), stranger.path("refresh_token").asString()));
        assertNoContent(logout(newUser().path("access_token").asString(), RefreshTokenCodec.newToken()));

        assertThat(me(stranger.path("access_token").asString()).status()).isEqualTo(200);
        assertThat(sessionRow(strangersSession).get("ended_at")).isNull();
        assertThat(familyRevoked(strangersSession)).containsOnly(false);
        assertThat(refresh(stranger.path("refresh_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheSessionsAccessTokensAtOnce() {
        JsonNode user = newUser();
        String firstRefresh = user.path("refresh_token").asString();
        JsonNode rotated = refresh(firstRefresh).json();
        String current = rotated.path("access_token").asString();
        assertThat(me(current).status()).isEqualTo(200);

        assertProblem(refresh(firstRefresh), 401); // a thief's copy, or a replay

        assertEnded(me(current));
        assertEnded(me(user.path("access_token").asString()));
        assertProblem(refresh(rotated.path("refresh_token").asString()), 401);
        assertThat(sessionRow(sessionOf(current))).containsEntry("end_reason", "refresh_token_reused");
    }

    @Test
    void reuseInOneSignInLeavesTheOthersAlone() {
        String email = uniqueEmail();
        JsonNode laptop = signup(email, GOOD_PASSWORD).json();
        JsonNode phone = login(email).json();
        refresh(laptop.path("refresh_token").asString());
        refresh(laptop.path("refresh_token").asString());

        assertThat(me(phone.path("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void aRefreshRacingTheSignOutLeavesNothingUsable() throws Exception {
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 12; round++) {
                JsonNode user = newUser();
                String access = user.path("access_token").asString();
                CountDownLatch start = new CountDownLatch(1);
                Future<ApiClient.Response> refreshed = both.submit(() -> {
                    start.await();
                    return refresh(user.path("refresh_token").asString());
                });
                Future<ApiClient.Response> signedOut = both.submit(() -> {
                    start.await();
                    return logout(access);
                });
                start.countDown();

                assertNoContent(signedOut.get(30, TimeUnit.SECONDS));
                ApiClient.Response r = refreshed.get(30, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isIn(200, 401);
                if (r.status() == 200) {
                    // It won the race; what it got must have ended with the session all the same.
                    assertEnded(me(r.json().path("access_token").asString()));
                    assertProblem(refresh(r.json().path("refresh_token").asString()), 401);
                }
                assertThat(familyRevoked(sessionOf(access))).containsOnly(true);
            }
        }
    }

    @Test
    void logoutNeedsAValidAccessToken() {
        ApiClient.Response none = logout(null);
        assertProblem(none, 401);
        assertThat(none.json().path("detail").asString()).contains("needs an access token");
        assertProblem(logout("not-a-jwt"), 401);
        // A refresh token alone is no access token.
        JsonNode user = newUser();
        assertProblem(logout(user.path("refresh_token").asString()), 401);
        assertThat(me(user.path("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void aMalformedBodyIsAProblemAndEndsNothing() {
        JsonNode user = newUser();
        String access = user.path("access_token").asString();

        assertProblem(api.postJson("/v1/auth/logout", "{\"refresh_token\": ", access), 400);
        ApiClient.Response tooLong = logout(access, "x".repeat(513));
        assertProblem(tooLong, 400);
        assertThat(tooLong.json().path("errors").findValuesAsString("field")).contains("refresh_token");

        assertThat(me(access).status()).isEqualTo(200);
    }

    @Test
    void sessionsWithoutRefreshTokensLeftAreDeletedAtTheNextSignIn() {
        String email = uniqueEmail();
        JsonNode old = signup(email, GOOD_PASSWORD).json();
        UUID oldSession = sessionOf(old.path("access_token").asString());
        jdbc.sql("""
                UPDATE refresh_tokens SET created_at = NOW() - INTERVAL '31 days', expires_at = NOW() - INTERVAL '1 day'
                WHERE family_id = :s""").param("s", oldSession).update();

        JsonNode fresh = login(email).json();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM sessions WHERE id = :s").param("s", oldSession).query(Long.class).single()).isZero();
        assertEnded(me(old.path("access_token").asString()));
        assertThat(me(fresh.path("access_token").asString()).status()).isEqualTo(200);
    }
}
