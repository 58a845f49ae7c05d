package video.zapcut.web.publishing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import video.zapcut.publishing.Export;
import video.zapcut.publishing.PublishingRefused;
import video.zapcut.web.errors.FieldViolation;
import video.zapcut.web.errors.ProblemResponseWriter;
import video.zapcut.web.errors.ProblemTypes;

/** Refused and failed exports and connections as problems, ahead of the catch-all in {@code ApiExceptionHandler}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublishingProblemHandler {

    @ExceptionHandler(PublishingRefused.class)
    ResponseEntity<ProblemDetail> refused(PublishingRefused ex, HttpServletRequest request) {
        String detail = ex.getMessage();
        ProblemDetail problem = switch (ex.reason()) {
            case NOT_CONFIGURED -> ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.PLATFORM_NOT_CONFIGURED,
                    "Platform not set up", detail);
            case AD_NOT_FOUND -> ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
            case AD_NOT_READY -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.AD_NOT_READY, "Ad not finished", detail);
            case NOT_CONNECTED, ACCOUNT_UNCLEAR -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.NOT_CONNECTED,
                    "Account not connected", detail);
            case RECONNECT_REQUIRED -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.RECONNECT_REQUIRED, "Reconnect the account", detail);
            case INVALID -> {
                ProblemDetail p = ProblemTypes.validation(java.util.List.of(new FieldViolation(ex.field() == null ? "request" : ex.field(), detail)));
                p.setDetail(detail);
                yield p;
            }
            case CAPTION_BLOCKED -> {
                ProblemDetail p = ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.SAFETY_BLOCKED, "Caption blocked", detail);
                p.setProperty("violations", ex.violations());
                yield p;
            }
            case KEY_REUSED -> ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key reused", detail);
            case IN_PROGRESS -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.REQUEST_IN_PROGRESS, "Still in progress", detail);
        };
        return respond(problem, request);
    }

    @ExceptionHandler(ExportController.ExportFailed.class)
    ResponseEntity<ProblemDetail> failed(ExportController.ExportFailed ex, HttpServletRequest request) {
        Export e = ex.export();
        String detail = e.errorDetail() == null ? "the export failed" : e.errorDetail();
        ProblemDetail problem = switch (e.errorCode() == null ? "" : e.errorCode()) {
            case "reconnect_required", "connection_removed" -> ProblemTypes.problem(HttpStatus.CONFLICT, ProblemTypes.RECONNECT_REQUIRED,
                    "Reconnect the account", detail);
            case "rate_limited", "platform_unavailable" -> ProblemTypes.problem(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.PLATFORM_UNAVAILABLE, "Platform unavailable", detail);
            case "platform_rejected" -> ProblemTypes.problem(HttpStatus.BAD_GATEWAY, ProblemTypes.PLATFORM_REJECTED, "Platform refused", detail);
            case "processing_failed" -> ProblemTypes.problem(HttpStatus.BAD_GATEWAY, ProblemTypes.PLATFORM_PROCESSING_FAILED,
                    "Platform could not process the video", detail);
            case "outcome_unknown" -> ProblemTypes.problem(HttpStatus.BAD_GATEWAY, ProblemTypes.POST_OUTCOME_UNKNOWN,
                    "Post outcome unknown", detail);
            case "file_unfit" -> ProblemTypes.problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.FILE_UNFIT, "Video not accepted", detail);
            default -> ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, detail);
        };
        problem.setProperty("export_id", e.id());
        problem.setProperty("error_code", e.errorCode());
        return respond(problem, request);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemTypes.complete(problem, ProblemResponseWriter.instanceOf(request)));
    }
}
