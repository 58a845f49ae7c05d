package video.zapcut.web.errors;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import video.zapcut.web.requestid.RequestIdFilter;

/**
 * Answers the container's error dispatch ({@code /error}) with a problem instead of Boot's
 * {@code {"timestamp":...}} body: errors raised outside Spring MVC (in a filter, or by the servlet
 * container itself) look like every other error.
 */
@Hidden
@RestController
public class ProblemErrorController implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, request));
        ProblemTypes.complete(problem, URI.create(path != null ? path : request.getRequestURI()));
        if (status.is5xxServerError()) {
            String requestId = RequestIdFilter.requestId(request);
            if (requestId != null) problem.setProperty("request_id", requestId);
            if (failure instanceof Throwable t) log.error("unexpected error handling {}", path, t);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detail(HttpStatus status, HttpServletRequest request) {
        if (status.is5xxServerError()) {
            String requestId = RequestIdFilter.requestId(request);
            return "an unexpected error occurred" + (requestId == null ? "" : "; quote request id " + requestId + " when reporting it");
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && !text.isBlank() ? text : status.getReasonPhrase();
    }
}
