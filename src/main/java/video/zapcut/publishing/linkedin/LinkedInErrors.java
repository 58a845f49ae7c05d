package video.zapcut.publishing.linkedin;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import video.zapcut.ai.vendors.http.ErrorClassifier;
import video.zapcut.ai.vendors.http.VendorException;
import video.zapcut.common.Json;

/**
 * Sorts LinkedIn's failures with the standard rules (429 and 5xx retryable, other 4xx fatal; its 429
 * carries no Retry-After, so the jittered backoff applies) and surfaces LinkedIn's own words: the
 * REST API's {@code {"status":422,"serviceErrorCode":100,"code":"...","message":"..."}} and the token
 * endpoint's {@code {"error":"invalid_grant","error_description":"..."}}. Messages are redacted of
 * every registered token by {@link ErrorClassifier#standard}.
 */
public final class LinkedInErrors implements ErrorClassifier {
    @Override
    public VendorException classify(String provider, int status, HttpHeaders headers, String body) {
        JsonNode json = parse(body);
        String message = null;
        String code = null;
        if (json != null && json.isObject()) {
            message = text(json, "message");
            if (message == null) message = text(json, "error_description");
            code = text(json, "code");
            if (code == null) code = text(json, "error");
            if (code == null && json.path("serviceErrorCode").isNumber()) code = "service_error_" + json.path("serviceErrorCode").asInt();
            if (message == null && code != null) message = code;
        }
        return ErrorClassifier.standard(provider, status, headers, body, code, message);
    }

    /**
     * LinkedIn's own message out of a classified failure (what follows {@code "HTTP 400 invalid_grant: "}),
     * already redacted; the whole message when it is not one of ours.
     */
    static String platformMessage(VendorException e) {
        String prefix = e.provider() + ": HTTP " + e.status() + (e.code() == null ? "" : " " + e.code()) + ": ";
        String m = e.getMessage();
        return m != null && m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) return null;
        try {
            return Json.MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n != null && n.isString() && !n.asString().isBlank() ? n.asString() : null;
    }
}
