package video.zapcut.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.errors.ProblemTypes;

/**
 * 401 for a missing or unacceptable access token, as a problem. The {@code WWW-Authenticate:
 * Bearer ...} header (RFC 6750) comes from Spring's bearer entry point; the body says what was
 * wrong with the token (expired, bad signature, wrong algorithm, ...).
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
    private static final String NIMBUS_PREFIX = "An error occurred while attempting to decode the Jwt: ";
    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter problems;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter problems) { this.problems = problems; }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearerChallenge.commence(request, response, failure);
        problems.write(request, response, ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_TOKEN,
                "Unauthorized", detail(failure)));
    }

    static String detail(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String description = oauth.getError().getDescription() != null ? oauth.getError().getDescription() : oauth.getMessage();
            if (description != null && description.startsWith(NIMBUS_PREFIX)) description = description.substring(NIMBUS_PREFIX.length());
            return "the access token was rejected: " + description;
        }
        return "this endpoint needs an access token: send 'Authorization: Bearer <access_token>' "
                + "(POST /v1/auth/login or /v1/auth/signup gives one)";
    }
}
