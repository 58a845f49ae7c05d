package video.zapcut.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import video.zapcut.accounts.token.JwtService;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

class AccessTokenTest extends ApiTest {
    @Autowired
    JwtService jwtService;
    private byte[] secret;
    private String userId;
    /** The session of the user's sign-up; hand-made tokens name it, as the server's own do. */
    private String sessionId;

    @BeforeEach
    void user() {
        secret = jwtService.signingKey().key().getEncoded();
        JsonNode user = newUser();
        userId = user.path("user_id").asString();
        sessionId = (String) TestTokens.claimsOf(user.path("access_token").asString()).getClaim("sid");
    }

    /** Claims as the server issues them for the user's session, with the given subject and issuer. */
    private JWTClaimsSet.Builder claims(String subject, String issuer) {
        return TestTokens.accessClaims(subject, issuer).claim("sid", sessionId);
    }

    private ApiClient.Response me(String token) { return api.get("/v1/me", token); }

    private String hs256(JWTClaimsSet claims) { return TestTokens.sign(JWSAlgorithm.HS256, secret, claims); }

    private static void assertRejected(ApiClient.Response response, String why) {
        assertProblem(response, 401);
        assertThat(response.json().path("type").asString()).endsWith("/invalid-token");
        assertThat(response.json().path("detail").asString()).containsIgnoringCase(why);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void meReturnsTheSignedInUsersProfile() {
        String email = uniqueEmail();
        String token = signup(email, GOOD_PASSWORD).json().path("access_token").asString();

        ApiClient.Response response = me(token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("id", "email", "first_name", "last_name", "company_name",
                "subscription_tier", "videos_remaining", "total_videos_generated");
        assertThat(body.path("email").asString()).isEqualTo(email);
        assertThat(body.path("subscription_tier").asString()).isEqualTo("free");
        assertThat(body.path("videos_remaining").asInt()).isEqualTo(3);
        assertThat(body.path("total_videos_generated").asInt()).isZero();
        assertThat(body.path("first_name").isNull()).isTrue();
    }

    @Test
    void issuedTokensCarryTheAgreedClaims() {
        String token = newUser().path("access_token").asString();
        String header = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));

        assertThat(header).contains("\"alg\":\"HS256\"");
        assertThat(payload).contains("\"token_use\":\"access\"", "\"iss\":\"zapcut\"", "\"email\":\"", "\"exp\":", "\"sub\":\"");
    }

    @Test
    void aTokenWeSignedOurselvesIsAccepted() {
        // The positive control for the rejections below: the same recipe with nothing wrong passes.
        ApiClient.Response response = me(hs256(claims(userId, "zapcut").build()));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("id").asString()).isEqualTo(userId);
    }

    @Test
    void missingTokenIsRefused() {
        ApiClient.Response response = me(null);

        assertProblem(response, 401);
        assertThat(response.json().path("detail").asString()).contains("needs an access token");
        assertThat(response.json().path("instance").asString()).isEqualTo("/v1/me");
    }

    @Test
    void expiredTokenIsRefused() {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        String token = hs256(claims(userId, "zapcut").issueTime(Date.from(hourAgo.minusSeconds(3600)))
                .expirationTime(Date.from(hourAgo)).build());

        assertRejected(me(token), "expired");
    }

    @Test
    void tokenWithoutExpiryIsRefused() {
        assertRejected(me(hs256(claims(userId, "zapcut").expirationTime(null).build())), "exp");
    }

    @Test
    void tamperedSignatureIsRefused() {
        String token = newUser().path("access_token").asString();

        assertRejected(me(TestTokens.withFlippedSignatureBit(token)), "signature");
    }

    @Test
    void editedClaimsAreRefused() {
        String token = newUser().path("access_token").asString();
        String other = newUser().path("user_id").asString();

        assertRejected(me(TestTokens.withEditedPayload(token, p -> p.replaceAll("\"sub\":\"[^\"]+\"", "\"sub\":\"" + other + "\""))),
                "signature");
    }

    @Test
    void unsignedTokenIsRefused() {
        assertRejected(me(TestTokens.unsigned(claims(userId, "zapcut").build())), "none");
    }

    @Test
    void otherAlgorithmWithTheRightSecretIsRefused() {
        // The generated secret has 64 bytes, enough for HS512.
        assertRejected(me(TestTokens.sign(JWSAlgorithm.HS512, secret, claims(userId, "zapcut").build())), "algorithm");
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        byte[] otherSecret = new byte[32];
        new java.security.SecureRandom().nextBytes(otherSecret);

        assertRejected(me(TestTokens.sign(JWSAlgorithm.HS256, otherSecret, claims(userId, "zapcut").build())),
                "signature");
    }

    @Test
    void wrongIssuerIsRefused() {
        assertRejected(me(hs256(claims(userId, "https://evil.example").build())), "iss");
    }

    @Test
    void tokenThatIsNotAnAccessTokenIsRefused() {
        assertRejected(me(hs256(claims(userId, "zapcut").claim("token_use", "id").build())), "token_use");
    }

    @Test
    void subjectThatIsNotAUserIdIsRefused() {
        assertRejected(me(hs256(claims("admin", "zapcut").build())), "subject");
    }

    @Test
    void tokenOfADeletedAccountIsRefused() {
        JsonNode doomed = newUser();
        String token = doomed.path("access_token").asString();
        assertThat(me(token).status()).isEqualTo(200);
        jdbc.sql("DELETE FROM users WHERE id = CAST(:id AS UUID)").param("id", doomed.path("user_id").asString()).update();

        assertRejected(me(token), "ended");
    }

    @Test
    void issuedTokensNameTheirSession() {
        JsonNode user = newUser();
        Object sid = TestTokens.claimsOf(user.path("access_token").asString()).getClaim("sid");

        assertThat(jdbc.sql("SELECT user_id::text FROM sessions WHERE id = CAST(:sid AS UUID) AND ended_at IS NULL")
                .param("sid", sid).query(String.class).single()).isEqualTo(user.path("user_id").asString());
    }

    @Test
    void tokenWithoutSessionIsRefused() {
        // As the server issued them before sessions existed: every claim right, but no sid.
        assertRejected(me(hs256(TestTokens.accessClaims(userId, "zapcut").build())), "sid");
        assertRejected(me(hs256(claims(userId, "zapcut").claim("sid", "not-a-uuid").build())), "sid");
    }

    @Test
    void tokenOfAnUnknownSessionIsRefused() {
        assertRejected(me(hs256(claims(userId, "zapcut").claim("sid", UUID.randomUUID().toString()).build())), "ended");
    }

    @Test
    void tokenNamingAnotherUsersSessionIsRefused() {
        String otherUser = newUser().path("user_id").asString();

        // The user's own session under another user's id: the session must be the subject's.
        assertRejected(me(hs256(claims(otherUser, "zapcut").build())), "ended");
    }

    @Test
    void aSessionEndedByAnotherProcessIsRefusedOnTheNextRequest() {
        String token = hs256(claims(userId, "zapcut").build());
        assertThat(me(token).status()).isEqualTo(200);
        // What another API process sharing the database does when the user signs out there.
        jdbc.sql("UPDATE sessions SET ended_at = NOW(), end_reason = 'signed_out' WHERE id = CAST(:sid AS UUID)")
                .param("sid", sessionId).update();

        assertRejected(me(token), "ended");
    }

    @Test
    void garbageIsRefused() {
        assertRejected(me("not-a-jwt"), "malformed");
    }
}
