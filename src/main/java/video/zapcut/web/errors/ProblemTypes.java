package video.zapcut.web.errors;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The {@code type} URIs of Zapcut's own problems (RFC 9457). Problems that mean no more than their
 * HTTP status (404, 405, 415, 500...) keep the RFC's {@code about:blank}. Clients branch on
 * {@code type}, people read {@code detail}.
 */
public final class ProblemTypes {
    private static final String BASE = "https://zapcut.video/problems/";

    /** A field of the request is missing or wrong; {@code errors} lists each as {field, message}. */
    public static final URI VALIDATION_FAILED = URI.create(BASE + "validation-failed");
    /** The body is not JSON, or a value has the wrong JSON type. */
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    /** The access token is missing, expired, badly signed or otherwise unacceptable. */
    public static final URI INVALID_TOKEN = URI.create(BASE + "invalid-token");
    /** Sign-in refused: unknown email or wrong password (deliberately indistinguishable). */
    public static final URI INVALID_CREDENTIALS = URI.create(BASE + "invalid-credentials");
    /** The refresh token is unknown, expired, revoked or was already used. */
    public static final URI INVALID_REFRESH_TOKEN = URI.create(BASE + "invalid-refresh-token");
    /** Sign-up with an email that already has an account. */
    public static final URI EMAIL_TAKEN = URI.create(BASE + "email-taken");
    /** Too many requests; {@code Retry-After} says when to try again. */
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    /** The request body is larger than the server accepts. */
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

    /** The user has no videos left on their plan. */
    public static final URI QUOTA_EXHAUSTED = URI.create(BASE + "quota-exhausted");
    /** The account may not start generations (repeated critical safety violations). */
    public static final URI GENERATION_BLOCKED = URI.create(BASE + "generation-blocked");
    /** The job's state does not allow the request (cancel a finished job, retry a running one). */
    public static final URI JOB_STATE_CONFLICT = URI.create(BASE + "job-state-conflict");
    /** A media link whose signature is wrong or whose time ran out. */
    public static final URI INVALID_MEDIA_LINK = URI.create(BASE + "invalid-media-link");

    /** Publishing: the platform has no client id configured on this server ({@code detail} names the setting). */
    public static final URI PLATFORM_NOT_CONFIGURED = URI.create(BASE + "platform-not-configured");
    /** Publishing: no account of the platform connected, or the one named is not. */
    public static final URI NOT_CONNECTED = URI.create(BASE + "not-connected");
    /** Publishing: the platform refuses the connection's tokens for good; connect the account again. */
    public static final URI RECONNECT_REQUIRED = URI.create(BASE + "reconnect-required");
    /** The text failed the safety screen; {@code violations} lists what was found. */
    public static final URI SAFETY_BLOCKED = URI.create(BASE + "safety-blocked");
    /** The same Idempotency-Key came with a different request. */
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    /** The request with this Idempotency-Key is still being carried out; {@code export_id} says where to look. */
    public static final URI REQUEST_IN_PROGRESS = URI.create(BASE + "request-in-progress");
    /** The ad is not in a state that allows this (not finished yet). */
    public static final URI AD_NOT_READY = URI.create(BASE + "ad-not-ready");
    /** The platform would refuse the ad's file (length, size); nothing was uploaded. */
    public static final URI FILE_UNFIT = URI.create(BASE + "file-unfit");
    /** The platform refused the request (its own message is in {@code detail}). */
    public static final URI PLATFORM_REJECTED = URI.create(BASE + "platform-rejected");
    /** The platform did not answer properly after several tries, or is limiting requests. */
    public static final URI PLATFORM_UNAVAILABLE = URI.create(BASE + "platform-unavailable");
    /** The platform could not process the uploaded video. */
    public static final URI PLATFORM_PROCESSING_FAILED = URI.create(BASE + "platform-processing-failed");
    /** Whether the post was made cannot be known (see {@code detail}); nothing is posted again automatically. */
    public static final URI POST_OUTCOME_UNKNOWN = URI.create(BASE + "post-outcome-unknown");

    /** The blob store takes no direct uploads (media on the server's own disk): upload through the API. */
    public static final URI DIRECT_UPLOAD_UNAVAILABLE = URI.create(BASE + "direct-upload-unavailable");

    private ProblemTypes() {}

    /** RFC 9457's default type: the problem means no more than its HTTP status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** 400 listing each wrong field: {@code detail} in one sentence, {@code errors} as [{field, message}]. */
    public static ProblemDetail validation(List<FieldViolation> violations) {
        String detail = violations.stream().map(FieldViolation::sentence).collect(Collectors.joining("; "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, VALIDATION_FAILED, "Invalid request",
                detail.isEmpty() ? "the request is invalid" : detail);
        problem.setProperty("errors", List.copyOf(violations));
        return problem;
    }

    /**
     * Fills the members a problem may leave out, so every response carries all five: {@code type}
     * ({@code about:blank}), {@code title} (the status's reason phrase) and {@code instance}.
     */
    public static ProblemDetail complete(ProblemDetail problem, URI instance) {
        if (problem.getType() == null) problem.setType(ABOUT_BLANK);
        if (problem.getTitle() == null) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(status != null ? status.getReasonPhrase() : "Error");
        }
        if (problem.getInstance() == null) problem.setInstance(instance);
        return problem;
    }
}
