package video.zapcut.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import video.zapcut.accounts.LiveSessions;

/**
 * Refuses a Zapcut access token whose session has ended (signed out, or revoked after one of its
 * refresh tokens was used twice), from the moment it ended rather than when the token expires.
 * Runs after the bearer token was verified, on every request that carries one. The database is
 * asked each time (one primary-key lookup): any API process may have ended the session.
 *
 * <p>Sign-out itself accepts the token of an ended session, so that signing out twice (a retry
 * after a lost response) is answered 204 like the first time.
 */
public class LiveSessionFilter extends OncePerRequestFilter {
    static final RequestMatcher SIGN_OUT = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/v1/auth/logout");

    private final LiveSessions sessions;
    private final AuthenticationEntryPoint unauthorized;

    public LiveSessionFilter(LiveSessions sessions, AuthenticationEntryPoint unauthorized) {
        this.sessions = sessions;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<UUID> session = AuthenticatedUser.sessionId(authentication);
        if (session.isPresent() && !SIGN_OUT.matches(request)
                && !sessions.isLive(session.get(), AuthenticatedUser.id(authentication))) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new InvalidBearerTokenException(
                    "this sign-in has ended (signed out, or revoked after a refresh token was used twice); sign in again"));
            return;
        }
        chain.doFilter(request, response);
    }
}
