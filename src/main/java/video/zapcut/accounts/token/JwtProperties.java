package video.zapcut.accounts.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zapcut.jwt.*}: the access tokens Zapcut issues itself (built-in accounts).
 *
 * @param secret         HS256 key, at least 32 bytes ({@code ZAPCUT_JWT_SECRET}); when unset a random one
 *                       is generated once and kept in {@code ZAPCUT_HOME/jwt-secret}
 * @param issuer         the tokens' {@code iss}, checked on every request
 * @param accessTokenTtl lifetime of an access token (the API's {@code expires_in})
 */
@ConfigurationProperties("zapcut.jwt")
public record JwtProperties(String secret, @DefaultValue("zapcut") String issuer,
                            @DefaultValue("1h") Duration accessTokenTtl) {
    public JwtProperties {
        if (issuer == null || issuer.isBlank()) throw new IllegalArgumentException("zapcut.jwt.issuer must not be blank");
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("zapcut.jwt.access-token-ttl must be positive, not " + accessTokenTtl);
        }
    }

    /** Hides the secret from logs and error messages that print the configuration. */
    @Override
    public String toString() {
        return "JwtProperties[secret=" + (secret == null ? "<generated>" : "***") + ", issuer=" + issuer
                + ", accessTokenTtl=" + accessTokenTtl + "]";
    }
}
