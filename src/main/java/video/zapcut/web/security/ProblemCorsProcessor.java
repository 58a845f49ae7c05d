package video.zapcut.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import video.zapcut.web.errors.ProblemResponseWriter;

/** Spring's CORS checks, with a refused request answered as a 403 problem instead of plain text. */
class ProblemCorsProcessor extends DefaultCorsProcessor {
    private final ProblemResponseWriter problems;

    ProblemCorsProcessor(ProblemResponseWriter problems) { this.problems = problems; }

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean accepted = super.processRequest(config, request, response);
        if (!accepted && !response.isCommitted()) {
            problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "cross-origin request refused: origin " + request.getHeader(HttpHeaders.ORIGIN)
                            + " (or the method or headers it asks for) is not allowed; see zapcut.cors.allowed-origins"));
        }
        return accepted;
    }

    /** Only the status: the body is written once the request (and so the problem's instance) is known. */
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.FORBIDDEN);
    }
}
