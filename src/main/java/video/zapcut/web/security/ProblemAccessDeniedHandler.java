package video.zapcut.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import video.zapcut.web.errors.ProblemResponseWriter;

/** 403 as a problem: the caller is signed in but may not do this. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {
    private final ProblemResponseWriter problems;

    public ProblemAccessDeniedHandler(ProblemResponseWriter problems) { this.problems = problems; }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "you are signed in but not allowed to " + request.getMethod() + " " + request.getRequestURI()));
    }
}
