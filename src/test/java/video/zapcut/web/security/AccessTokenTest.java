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

    @BeforeEach
    void user() {
        secret = jwtService.signingKey().key().getEncoded();
        userId = newUser().path("user_id").asString();
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
        ApiClient.Response response = me(hs256(TestTokens.accessClaims(userId, "zapcut").build()));

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
        String token = hs256(TestTokens.accessClaims(userId, "zapcut").issueTime(Date.from(hourAgo.minusSeconds(3600)))
                .expirationTime(Date.from(hourAgo)).build());

        assertRejected(me(token), "expired");
    }

    @Test
    void tokenWithoutExpiryIsRefused() {
        assertRejected(me(hs256(TestTokens.accessClaims(userId, "zapcut").expirationTime(null).build())), "exp");
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
        assertRejected(me(TestTokens.unsigned(TestTokens.accessClaims(userId, "zapcut").build())), "none");
    }

    @Test
    void otherAlgorithmWithTheRightSecretIsRefused() {
        // The generated secret has 64 bytes, enough for HS512.
        assertRejected(me(TestTokens.sign(JWSAlgorithm.HS512, secret, TestTokens.accessClaims(userId, "zapcut").build())), "algorithm");
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        byte[] otherSecret = new byte[32];
        new java.security.SecureRandom().nextBytes(otherSecret);

        assertRejected(me(TestTokens.sign(JWSAlgorithm.HS256, otherSecret, TestTokens.accessClaims(userId, "zapcut").build())),
                "signature");
    }

    @Test
    void wrongIssuerIsRefused() {
        assertRejected(me(hs256(TestTokens.accessClaims(userId, "https://evil.example").build())), "iss");
    }

    @Test
    void tokenThatIsNotAnAccessTokenIsRefused() {
        assertRejected(me(hs256(TestTokens.accessClaims(userId, "zapcut").claim("token_use", "id").build())), "token_use");
    }

    @Test
    void subjectThatIsNotAUserIdIsRefused() {
        assertRejected(me(hs256(TestTokens.accessClaims("admin", "zapcut").build())), "subject");
    }

    @Test
    void tokenOfADeletedAccountIsRefused() {
        String token = hs256(TestTokens.accessClaims(UUID.randomUUID().toString(), "zapcut").build());

        assertProblem(me(token), 401);
    }

    @Test
    void garbageIsRefused() {
        assertRejected(me("not-a-jwt"), "malformed");
    }
}
