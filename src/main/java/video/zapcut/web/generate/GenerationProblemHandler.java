package video.zapcut.web.generate;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import video.zapcut.ads.OrderRejectedException;
import video.zapcut.jobs.GenerationRefusedException;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.errors.ProblemTypes;

/** Refused generations as problems; ahead of the catch-all in {@code ApiExceptionHandler}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class GenerationProblemHandler {

    /** An order that broke the rulebook: 400 with every broken rule, each naming its field. */
    @ExceptionHandler(OrderRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(OrderRejectedException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemTypes.validation(ex.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.message())).toList());
        problem.setDetail(ex.getMessage());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.complete(problem, ProblemResponseWriter.instanceOf(request)));
    }

    /** A revision whose words the safety screen blocked: 422 with the findings, as for a blocked caption. */
    @ExceptionHandler(video.zapcut.jobs.AdRevisions.RevisionBlockedException.class)
    ResponseEntity<ProblemDetail> blocked(video.zapcut.jobs.AdRevisions.RevisionBlockedException ex, HttpServletRequest request) {
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.SAFETY_BLOCKED,
                "Revision blocked", ex.getMessage());
        problem.setProperty("violations", ex.verdict().violations());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.complete(problem, ProblemResponseWriter.instanceOf(request)));
    }

    @ExceptionHandler(GenerationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(GenerationRefusedException ex, HttpServletRequest request) {
        ProblemDetail problem = switch (ex.reason()) {
            case NOT_FOUND -> ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
            case INVALID -> ProblemTypes.validation(List.of(new FieldViolation(
                    ex.field() == null ? "request" : ex.field(), ex.getMessage())));
            // 402: the request is fine, the account has no videos left to pay for it.
            case QUOTA_EXHAUSTED -> ProblemTypes.problem(HttpStatus.PAYMENT_REQUIRED, ProblemTypes.QUOTA_EXHAUSTED,
                    "No videos left", ex.getMessage());
            case GENERATION_BLOCKED -> ProblemTypes.problem(HttpStatus.FORBIDDEN, ProblemTypes.GENERATION_BLOCKED,
                    "Generation blocked", ex.getMessage());
            case CONFLICT -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.JOB_STATE_CONFLICT,
                    "Not possible in the job's state", ex.getMessage());
        };
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.complete(problem, ProblemResponseWriter.instanceOf(request)));
    }
}
