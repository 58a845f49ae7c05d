package video.zapcut.publishing.x;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.Secrets;
import video.zapcut.ai.vendors.http.VendorException;

/**
 * Sorts X's error answers ({@link ErrorClassifier#standard}'s retry rules) and keeps X's own message
 * from whichever of its three shapes came back: OAuth {@code {"error","error_description"}}, v2
 * problem {@code {"title","detail","type","status"}}, or {@code {"errors":[{"message"}]}}. A 429's
 * {@code x-rate-limit-reset} (epoch seconds) becomes the retry-after, counted on {@code clock}, so
 * the retry waits exactly until the window reopens.
 */
public final class XErrors implements ErrorClassifier {
    static final String RATE_LIMIT_RESET = "x-rate-limit-reset";
    private static final String PROBLEM_TYPE_PREFIX = "https://api.twitter.com/2/problems/";
    private final Clock clock;

    public XErrors(Clock clock) { this.clock = clock; }

    @Override
    public VendorException classify(String provider, int status, HttpHeaders headers, String body) {
        JsonNode json = ErrorClassifier.parse(body);
        String said = Secrets.redact(message(json, body));
        VendorException sorted = ErrorClassifier.standard(provider, status, headers, body, code(json), said);
        Duration wait = status == 429 && untilReset(headers) != null ? untilReset(headers) : sorted.retryAfter();
        String text = sorted.getMessage().substring((provider + ": ").length());
        return new XApiException(provider, status, sorted.retryable(), sorted.retryable() ? wait : null, sorted.code(), text, said);
    }

    /** How long until {@code x-rate-limit-reset}, never negative; null when absent or unreadable. */
    Duration untilReset(HttpHeaders headers) {
        if (headers == null) return null;
        var reset = headers.firstValue(RATE_LIMIT_RESET);
        if (reset.isEmpty()) return null;
        try {
            Duration d = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.get().trim())));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String message(JsonNode json, String body) {
        String m = ErrorClassifier.firstText(json, "/error_description", "/detail", "/errors/0/message", "/errors/0/detail",
                "/title", "/error", "/error/message");
        if (m != null) return m;
        return body == null || body.isBlank() ? "(empty body)" : ErrorClassifier.truncate(body.strip(), 300);
    }

    /** OAuth's error code ({@code invalid_grant}), else the v2 problem's type (usage-capped), else none. */
    private static String code(JsonNode json) {
        String oauth = ErrorClassifier.firstText(json, "/error");
        if (oauth != null) return oauth;
        String type = ErrorClassifier.firstText(json, "/type", "/errors/0/type");
        if (type == null || "about:blank".equals(type)) return null;
        return type.startsWith(PROBLEM_TYPE_PREFIX) ? type.substring(PROBLEM_TYPE_PREFIX.length()) : type;
    }
}
