package video.zapcut.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import video.zapcut.web.ApiClient;
import video.zapcut.web.ApiTest;

/**
 * External issuer mode (Cognito style): a stand-in issuer publishes its RSA key as a JWKS, and its
 * RS256 access tokens open the API; users appear on first sight of their subject.
 */
class ExternalIssuerTest extends ApiTest {
    private static final RSAKey KEY = rsaKey("issuer-key-1");
    private static final HttpServer ISSUER = jwksServer(KEY);
    private static final String ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/us-east-1_TestPool";

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry registry) {
        registry.add("zapcut.auth.issuer-uri", () -> ISSUER_URI);
    }

    @AfterAll
    static void stopIssuer() { ISSUER.stop(0); }

    private static String cognitoToken(JWTClaimsSet claims) {
        try {
            return TestTokens.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(),
                    new RSASSASigner(KEY), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a Cognito access token holds: no email unless the pool adds it. */
    private static JWTClaimsSet.Builder accessClaims(String subject) {
        return TestTokens.accessClaims(subject, ISSUER_URI).claim("email", null).claim("client_id", "app-client");
    }

    @Test
    void aNewSubjectBecomesAUserOnFirstSight() {
        String subject = UUID.randomUUID().toString();
        String email = uniqueEmail();
        String token = cognitoToken(accessClaims(subject).claim("email", email.toUpperCase()).build());

        ApiClient.Response first = api.get("/v1/me", token);
        ApiClient.Response second = api.get("/v1/me", token);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("email").asString()).isEqualTo(email);
        assertThat(second.json().path("id")).isEqualTo(first.json().path("id"));
        Map<String, Object> row = jdbc.sql("SELECT id, email, password_hash FROM users WHERE cognito_user_id = :s")
                .param("s", subject).query().singleRow();
        assertThat(row.get("id")).hasToString(first.json().path("id").asString());
        assertThat(row.get("password_hash")).isNull();
    }

    @Test
    void aTokenWithoutEmailGetsAPlaceholder() {
        String subject = UUID.randomUUID().toString();

        ApiClient.Response response = api.get("/v1/me", cognitoToken(accessClaims(subject).build()));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("email").asString()).isEqualTo(subject + "@users.invalid");
    }

    @Test
    void idTokensDoNotOpenTheApi() {
        JsonNode problem = expectRejected(cognitoToken(accessClaims(UUID.randomUUID().toString()).claim("token_use", "id").build()));

        assertThat(problem.path("detail").asString()).contains("token_use");
    }

    @Test
    void anotherIssuersTokensAreRefused() {
        expectRejected(cognitoToken(accessClaims("s").issuer("https://cognito-idp.eu-west-1.amazonaws.com/other").build()));
    }

    @Test
    void theBuiltInAlgorithmIsRefused() {
        // Algorithm confusion: an HS256 token "signed" with bytes an attacker knows (here the public key).
        byte[] publicKeyBytes = KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
        expectRejected(TestTokens.sign(JWSAlgorithm.HS256, publicKeyBytes, accessClaims("s").build()));
    }

    @Test
    void keysTheIssuerDoesNotPublishAreRefused() {
        RSAKey stranger = rsaKey("issuer-key-1");
        try {
            expectRejected(TestTokens.sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("issuer-key-1").build(),
                    new RSASSASigner(stranger), accessClaims("s").build()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void builtInSignUpIsNotAvailable() {
        ApiClient.Response response = signup(uniqueEmail(), GOOD_PASSWORD);

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).contains("identity provider", ISSUER_URI);
    }

    @Test
    void theIssuersTokensAreNotCheckedAgainstOurSessions() {
        // Cognito's access tokens name no session of ours; an issuer whose tokens carry its own sid
        // must not be refused for it either: ending those sign-ins is the issuer's business.
        String subject = UUID.randomUUID().toString();
        assertThat(api.get("/v1/me", cognitoToken(accessClaims(subject).build())).status()).isEqualTo(200);
        assertThat(api.get("/v1/me", cognitoToken(accessClaims(subject).claim("sid", UUID.randomUUID().toString()).build()))
                .status()).isEqualTo(200);
    }

    @Test
    void builtInSignOutIsNotAvailable() {
        String token = cognitoToken(accessClaims(UUID.randomUUID().toString()).build());

        ApiClient.Response response = api.postJson("/v1/auth/logout", "", token);

        assertProblem(response, 404);
        assertThat(response.json().path("detail").asString()).contains("identity provider", "sign out");
        assertThat(api.get("/v1/me", token).status()).isEqualTo(200);
    }

    private JsonNode expectRejected(String token) {
        ApiClient.Response response = api.get("/v1/me", token);
        assertProblem(response, 401);
        return response.json();
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer jwksServer(RSAKey key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/us-east-1_TestPool/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
