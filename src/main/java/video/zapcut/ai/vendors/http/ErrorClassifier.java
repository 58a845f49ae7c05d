package video.zapcut.ai.vendors.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import video.zapcut.common.Json;

/**
 * Turns a non-2xx answer into a {@link VendorException}. The default sorting: 408, 409, 425, 429,
 * 5xx and 529 are retryable, every other 4xx is fatal; each vendor adds its own fatal cases (a spend
 * limit's 429 is not worth retrying).
 */
public interface ErrorClassifier {
    VendorException classify(String provider, int status, HttpHeaders headers, String body);

    ErrorClassifier DEFAULT = (provider, status, headers, body) -> standard(provider, status, headers, body, null, null);

    static VendorException standard(String provider, int status, HttpHeaders headers, String body, String code, String message) {
        JsonNode json = parse(body);
        if (message == null) message = firstText(json, "/error/message", "/detail", "/message", "/error");
        if (code == null) code = firstText(json, "/error/type", "/error/code", "/type");
        if (message == null) message = body == null || body.isBlank() ? "(empty body)" : truncate(body.strip(), 300);
        boolean retryable = status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
        Duration after = retryable ? retryAfter(headers) : null;
        return new VendorException(provider, status, retryable, after, code,
                "HTTP " + status + (code == null ? "" : " " + code) + ": " + Secrets.redact(truncate(message, 500)), null);
    }

    /** Retry-After in seconds or as an HTTP date; OpenAI's retry-after-ms too. Null when absent or unreadable. */
    static Duration retryAfter(HttpHeaders headers) {
        if (headers == null) return null;
        var ms = headers.firstValue("retry-after-ms");
        if (ms.isPresent()) {
            try {
                return Duration.ofMillis(Math.max(0, (long) Double.parseDouble(ms.get().trim())));
            } catch (NumberFormatException ignored) { /* fall through */ }
        }
        var v = headers.firstValue("retry-after");
        if (v.isEmpty()) return null;
        String s = v.get().trim();
        try {
            return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(s) * 1000)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            return Json.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String firstText(JsonNode json, String... pointers) {
        if (json == null) return null;
        for (String p : pointers) {
            JsonNode n = json.at(p);
            if (n != null && n.isString() && !n.asString().isBlank()) return n.asString();
        }
        return null;
    }

    static String truncate(String s, int max) { return s.length() <= max ? s : s.substring(0, max) + "..."; }
}
