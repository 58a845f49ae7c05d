package video.zapcut.web.security;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import video.zapcut.accounts.AuthProperties;
import video.zapcut.accounts.token.JwtService;

/**
 * How access tokens are verified. Each decoder accepts exactly one signature algorithm, so neither
 * {@code alg: none} (unsigned) nor an algorithm swap (an RS256 key's public half used as an HS256
 * secret) gets through. Beyond the signature: {@code exp} must be present and in the future,
 * {@code iss} must be the configured issuer, {@code sub} present, and {@code token_use} must be
 * {@code access} (Cognito issues ID tokens from the same keys; they must not open the API). Zapcut's
 * own tokens must also name their session ({@code sid}); whether it is still live is checked per
 * request by {@link LiveSessionFilter}.
 */
public final class AccessTokenDecoders {
    private AccessTokenDecoders() {}

    /** Zapcut's own HS256 tokens, checked with the key that signs them. */
    public static JwtDecoder builtIn(JwtService tokens) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokens.signingKey().key())
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validator(tokens.issuer()), AccessTokenDecoders::namesASession));
        return decoder;
    }

    /** An external issuer's tokens (a Cognito user pool), checked with its published keys (fetched on first use, cached). */
    public static JwtDecoder external(AuthProperties auth) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(auth.jwsAlgorithm());
        if (algorithm == null) {
            throw new IllegalStateException("zapcut.auth.jws-algorithm " + auth.jwsAlgorithm()
                    + " is not an asymmetric JWS algorithm (RS256, ES256, PS256, ...)");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(auth.effectiveJwkSetUri()).jwsAlgorithm(algorithm).build();
        decoder.setJwtValidator(validator(auth.issuerUri()));
        return decoder;
    }

    /**
     * Tokens issued before sessions existed have no {@code sid}; they cannot be signed out, so they
     * are refused (the studio then trades its refresh token for a token that has one).
     */
    static OAuth2TokenValidatorResult namesASession(Jwt jwt) {
        String sid = jwt.getClaimAsString(JwtService.SESSION_ID_CLAIM);
        try {
            if (sid != null) {
                UUID.fromString(sid);
                return OAuth2TokenValidatorResult.success();
            }
        } catch (IllegalArgumentException notAUuid) {
            // refused below
        }
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                "the token names no session (sid); refresh it or sign in again", null));
    }

    private static OAuth2TokenValidator<Jwt> validator(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                JwtValidators.createDefaultWithIssuer(issuer),
                // The timestamp check passes a token without exp; such a token would never expire.
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtService.TOKEN_USE_CLAIM, JwtService.TOKEN_USE_ACCESS::equals)));
    }
}
