package video.zapcut.web.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import video.zapcut.accounts.token.JwtService;

/**
 * The user behind an authentication. {@link UserIdAuthenticationConverter} makes the principal's
 * name the user's id for built-in and external tokens alike, so this is the one place that reads it.
 */
public final class AuthenticatedUser {
    private AuthenticatedUser() {}

    /** The signed-in user's id; for code that runs only for authenticated requests. */
    public static UUID id(Authentication authentication) {
        return idIfAny(authentication).orElseThrow(() -> new IllegalStateException(
                "no signed-in user: this code runs for a request that does not require authentication"));
    }

    public static Optional<UUID> idIfAny(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            return Optional.of(UUID.fromString(token.getName()));
        }
        return Optional.empty();
    }

    /** The session ({@code sid}) of a Zapcut access token; empty for other authentications (an external issuer's token). */
    public static Optional<UUID> sessionId(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
            String sid = token.getToken().getClaimAsString(JwtService.SESSION_ID_CLAIM);
            if (sid != null) return Optional.of(UUID.fromString(sid));
        }
        return Optional.empty();
    }

    /** The current request's session, from the security context of the current thread. */
    public static Optional<UUID> currentSessionId() {
        return sessionId(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The current request's user, from the security context of the current thread. */
    public static Optional<UUID> current() {
        return idIfAny(SecurityContextHolder.getContext().getAuthentication());
    }
}
