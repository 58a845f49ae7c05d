package video.zapcut.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from code that runs before Spring MVC (servlet filters, the security entry
 * point, CORS), in the same shape MVC gives a {@link ProblemDetail}: the standard members first,
 * extension members at the top level.
 */
public class ProblemResponseWriter {
    private final JsonMapper json;

    public ProblemResponseWriter(JsonMapper json) { this.json = json; }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemTypes.complete(problem, instanceOf(request));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getOutputStream().write(json.writeValueAsBytes(members(problem)));
        response.flushBuffer();
    }

    /** The path only: a query string may carry things that do not belong in an error body. */
    public static URI instanceOf(HttpServletRequest request) {
        return URI.create(request.getRequestURI());
    }

    private static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        members.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) members.putAll(problem.getProperties());
        return members;
    }
}
