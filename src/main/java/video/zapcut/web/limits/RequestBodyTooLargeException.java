package video.zapcut.web.limits;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import video.zapcut.web.errors.ProblemTypes;

/**
 * A request body went past the limit while it was being read (bodies sent without a length). An
 * {@link IOException}, because that is what a stream may throw; the JSON reader wraps it, and the
 * error handler finds it in the cause chain with {@link #findIn}.
 */
public class RequestBodyTooLargeException extends IOException {
    private final DataSize limit;

    public RequestBodyTooLargeException(DataSize limit) {
        super("request body larger than " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public ProblemDetail problem() {
        return problem(limit);
    }

    public static ProblemDetail problem(DataSize limit) {
        return ProblemTypes.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Content Too Large",
                "the request body is larger than the " + limit.toBytes() + " bytes this endpoint accepts; "
                        + "files go to the multipart upload endpoints");
    }

    public static RequestBodyTooLargeException findIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyTooLargeException found) return found;
        }
        return null;
    }
}
