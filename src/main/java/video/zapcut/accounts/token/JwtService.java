package video.zapcut.accounts.token;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.util.function.SingletonSupplier;

/**
 * Issues Zapcut's own access tokens: HS256 JWTs with {@code sub} = the user's id, the {@code email},
 * {@code token_use=access} (so an access token is never confused with another kind of token, as in
 * Cognito), {@code sid} = the session (sign-in) it belongs to, and the configured {@code iss}. The
 * resource server checks them with the same key, and checks on every request that the session has
 * not ended.
 */
public class JwtService {
    public static final String TOKEN_USE_CLAIM = "token_use";
    public static final String TOKEN_USE_ACCESS = "access";
    public static final String EMAIL_CLAIM = "email";
    /** The session id, named as in OpenID Connect's session management. */
    public static final String SESSION_ID_CLAIM = "sid";

    private final JwtProperties properties;
    private final JwtSigningKey signingKey;
    private final SingletonSupplier<NimbusJwtEncoder> encoder;

    public JwtService(JwtProperties properties, JwtSigningKey signingKey) {
        this.properties = properties;
        this.signingKey = signingKey;
        // From the bare secret rather than NimbusJwtEncoder.withSecretKey, which adds a "kid" (a
        // hash of the key) to every header; with one key there is nothing to identify.
        this.encoder = SingletonSupplier.of(() -> new NimbusJwtEncoder(new ImmutableSecret<>(signingKey.key())));
    }

    public String issueAccessToken(UUID userId, String email, UUID sessionId) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(EMAIL_CLAIM, email)
                .claim(TOKEN_USE_CLAIM, TOKEN_USE_ACCESS)
                .claim(SESSION_ID_CLAIM, sessionId.toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.obtain().encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    public Duration accessTokenTtl() { return properties.accessTokenTtl(); }

    public String issuer() { return properties.issuer(); }

    public JwtSigningKey signingKey() { return signingKey; }
}
