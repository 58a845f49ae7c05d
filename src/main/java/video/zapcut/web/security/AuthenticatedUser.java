package video.zapcut.web.security;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

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

    /** The current request's user, from the security context of the current thread. */
    public static Optional<UUID> current() {
        return idIfAny(SecurityContextHolder.getContext().getAuthentication());
    }
}
