package video.zapcut.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zapcut.auth.*}: who issues access tokens and how long sign-ins last.
 *
 * <p>By default Zapcut is its own issuer (built-in accounts, HS256 tokens, see {@code zapcut.jwt.*}).
 * Setting {@code issuer-uri} switches to an external issuer such as a Cognito user pool: tokens are
 * then verified with the issuer's JWKS ({@code jwk-set-uri}, by default Cognito's
 * {@code <issuer-uri>/.well-known/jwks.json}), must carry {@code token_use=access}, and sign-up,
 * sign-in and refresh happen at the issuer.
 *
 * @param issuerUri       the external issuer; the tokens' {@code iss} must equal it
 * @param jwkSetUri       where the issuer publishes its public keys
 * @param jwsAlgorithm    the only signature algorithm accepted from the external issuer
 * @param refreshTokenTtl how long a refresh token (and so a sign-in) stays usable without refreshing
 * @param bcryptStrength  BCrypt's work factor when passwords are hashed with BCrypt
 */
@ConfigurationProperties("zapcut.auth")
public record AuthProperties(String issuerUri, String jwkSetUri, @DefaultValue("RS256") String jwsAlgorithm,
                             @DefaultValue("30d") Duration refreshTokenTtl, @DefaultValue("12") int bcryptStrength) {
    public AuthProperties {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        if (jwkSetUri != null && issuerUri == null) {
            throw new IllegalArgumentException("zapcut.auth.jwk-set-uri is set but zapcut.auth.issuer-uri is not: "
                    + "tokens from an external issuer are only accepted when their iss is checked");
        }
        if (refreshTokenTtl.isNegative() || refreshTokenTtl.isZero()) {
            throw new IllegalArgumentException("zapcut.auth.refresh-token-ttl must be positive, not " + refreshTokenTtl);
        }
    }

    /** True when an external issuer signs the access tokens and built-in sign-in is off. */
    public boolean externalIssuer() { return issuerUri != null; }

    public String effectiveJwkSetUri() {
        if (jwkSetUri != null) return jwkSetUri;
        return issuerUri.replaceAll("/+$", "") + "/.well-known/jwks.json";
    }

    private static String blankToNull(String value) { return value == null || value.isBlank() ? null : value.strip(); }
}
