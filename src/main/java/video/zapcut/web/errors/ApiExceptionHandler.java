package video.zapcut.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.PropertyNamingStrategies;
import video.zapcut.web.limits.RequestBodyTooLargeException;
import video.zapcut.web.requestid.RequestIdFilter;

/**
 * Turns every exception a controller lets out into an RFC 9457 problem
 * ({@code application/problem+json}). Spring's own exceptions (404, 405, 415, 413, ...) are handled
 * by the base class; here their details are made useful.
 *
 * <p>Other controllers report a problem by throwing
 * {@code new ResponseStatusException(HttpStatus.NOT_FOUND, "no ad " + id)} (or any
 * {@link org.springframework.web.ErrorResponseException}); the reason becomes {@code detail}.
 * A capability that maps its own exceptions does so in its own advice, which must declare an
 * {@code @Order} (see {@code AccountProblemHandler}): this one ends with a catch-all for
 * {@link Exception}, and Spring asks advices in order, not by how specific their handlers are.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final JsonFieldNames JSON_NAMES = new JsonFieldNames();

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = ex.getBindingResult().getAllErrors().stream()
                .map(ApiExceptionHandler::violation).sorted(BY_FIELD).toList();
        return createResponseEntity(ProblemTypes.validation(violations), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldViolation> violations = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldViolation(
                        result.getMethodParameter().getParameterName(), message(error))))
                .sorted(BY_FIELD).toList();
        return createResponseEntity(ProblemTypes.validation(violations), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        RequestBodyTooLargeException tooLarge = RequestBodyTooLargeException.findIn(ex);
        if (tooLarge != null) return createResponseEntity(tooLarge.problem(), headers, HttpStatus.CONTENT_TOO_LARGE, request);
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request body", UnreadableBody.describe(ex));
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "a parameter";
        ProblemDetail problem = ProblemTypes.problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request", name + " must be " + describeType(ex.getRequiredType()) + ", not '" + abbreviate(ex.getValue()) + "'");
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The default detail talks about static resources; a client asked for an endpoint. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "there is no " + ex.getHttpMethod() + " /" + ex.getResourcePath());
        return createResponseEntity(problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
                                                                         HttpHeaders headers, HttpStatusCode status,
                                                                         WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "" : ex.getSupportedHttpMethods().stream()
                .map(HttpMethod::name).sorted().collect(Collectors.joining(", "));
        ex.getBody().setDetail(ex.getMethod() + " is not supported here" + (allowed.isEmpty() ? "" : "; use " + allowed));
        return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String sent = ex.getContentType() == null ? "a body without Content-Type" : "Content-Type " + ex.getContentType();
        String supported = ex.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        ex.getBody().setDetail(sent + " is not supported here" + (supported.isEmpty() ? "" : "; send " + supported));
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** Thrown past the filter chain (method security, for instance): kept as 401/403, not turned into 500. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return createResponseEntity(ProblemTypes.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_TOKEN, "Unauthorized",
                "authentication is required"), null, HttpStatus.UNAUTHORIZED, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return createResponseEntity(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "you are not allowed to do this"), null, HttpStatus.FORBIDDEN, request);
    }

    /** Anything else is our fault: logged in full, answered without internals but with the request id to quote. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        log.error("unexpected error handling {}", describe(request), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred" + (requestId == null ? "" : "; quote request id " + requestId + " when reporting it"));
        if (requestId != null) problem.setProperty("request_id", requestId);
        return createResponseEntity(problem, null, HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Every problem carries type, title and instance (the path, without the query). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            HttpServletRequest servletRequest = request instanceof NativeWebRequest nativeRequest
                    ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
            ProblemTypes.complete(problem, servletRequest != null ? ProblemResponseWriter.instanceOf(servletRequest) : null);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static final Comparator<FieldViolation> BY_FIELD =
            Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

    private static FieldViolation violation(org.springframework.validation.ObjectError error) {
        String field = error instanceof FieldError fieldError ? JSON_NAMES.of(fieldError.getField()) : error.getObjectName();
        return new FieldViolation(field, message(error));
    }

    private static String message(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message != null ? message : new DefaultMessageSourceResolvable(error.getCodes(), "is invalid").getDefaultMessage();
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    private static String describeType(Class<?> type) {
        if (type == null) return "of another type";
        if (type == java.util.UUID.class) return "a UUID";
        if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                || type == Short.class || type == java.math.BigInteger.class) return "an integer";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) return "a number";
        if (type.isEnum()) return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        return "a valid " + type.getSimpleName();
    }

    private static String describe(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest(HttpServletRequest.class) instanceof HttpServletRequest servletRequest) {
            return servletRequest.getMethod() + " " + servletRequest.getRequestURI();
        }
        return request.getDescription(false);
    }

    /**
     * Field paths as the client wrote them: request records are snake_case in JSON (Jackson's
     * strategy, reused here so the two never disagree) while validation reports Java names.
     */
    private static final class JsonFieldNames extends PropertyNamingStrategies.SnakeCaseStrategy {
        String of(String javaPath) { return translate(javaPath); }
    }
}
