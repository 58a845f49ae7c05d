package video.zapcut.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.errors.ProblemTypes;

/**
 * Applies {@link RateLimiter} to the API ({@code /v1/**}): per user once the access token has been
 * checked, per client address for anonymous calls (sign-up, sign-in, refresh). Runs inside the
 * security filter chain, after authentication. Refusals are 429 problems with {@code Retry-After}.
 */
public class RateLimitFilter extends OncePerRequestFilter {
    public static final String LIMIT_HEADER = "X-RateLimit-Limit";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

    private final RateLimiter limiter;
    private final ProblemResponseWriter problems;

    public RateLimitFilter(RateLimiter limiter, ProblemResponseWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision = limiter.tryAcquire(clientKey(request));
        response.setHeader(LIMIT_HEADER, Integer.toString(limiter.perMinute()));
        response.setHeader(REMAINING_HEADER, Long.toString(decision.remaining()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        problems.write(request, response, ProblemTypes.problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED,
                "Too Many Requests", "more than " + limiter.perMinute() + " requests per minute; retry in "
                        + decision.retryAfterSeconds() + " s"));
    }

    /** The user id for signed-in callers (their token's principal name), else the client address. */
    private static String clientKey(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) return "user:" + auth.getName();
        return "address:" + request.getRemoteAddr();
    }
}
