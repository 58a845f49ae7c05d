package video.zapcut.web.security;

import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import video.zapcut.accounts.ExternalIdentities;
import video.zapcut.accounts.token.JwtService;

/**
 * Turns a verified access token into an authentication whose principal name is the Zapcut user id.
 * Built-in tokens carry that id as {@code sub}; an external issuer's subject is looked up in
 * {@code users.cognito_user_id}, and its user is created on first sight.
 */
public class UserIdAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {
    private final ExternalIdentities externalIdentities;

    /** @param externalIdentities null when Zapcut issues the tokens itself */
    public UserIdAuthenticationConverter(ExternalIdentities externalIdentities) {
        this.externalIdentities = externalIdentities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, List.of(), userId(jwt).toString());
    }

    private UUID userId(Jwt jwt) {
        String subject = jwt.getSubject();
        if (externalIdentities != null) {
            try {
                return externalIdentities.userIdFor(subject, jwt.getClaimAsString(JwtService.EMAIL_CLAIM));
            } catch (ExternalIdentities.IdentityConflictException e) {
                throw new InvalidBearerTokenException(e.getMessage(), e);
            }
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("the token's subject is not a Zapcut user id", e);
        }
    }
}
