package video.zapcut.publishing.x;

import java.net.URI;
import java.net.http.HttpRequest;
import video.zapcut.ai.vendors.http.Secrets;
import video.zapcut.ai.vendors.http.VendorException;

/** Requests to X's API base: every one carries the user's access token as a Bearer, registered so it is never logged. */
final class XApi {
    static final String PROVIDER = "x";
    private final String base;

    XApi(String apiBaseUrl) {
        this.base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
    }

    /** {@code pathAndQuery} starts with "/" and is already encoded. */
    HttpRequest.Builder request(String accessToken, String pathAndQuery) {
        if (accessToken == null || accessToken.isBlank()) throw new IllegalArgumentException("an X call needs the user's access token");
        Secrets.registerToken(accessToken);
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).header("Authorization", "Bearer " + accessToken);
    }

    /** The same failure, but final: for exchanges that must not be repeated. */
    static VendorException notRetried(VendorException e) {
        if (!e.retryable()) return e;
        return new VendorException(e.provider(), e.status(), false, e.retryAfter(), e.code(),
                e.getMessage().substring((e.provider() + ": ").length()), e);
    }

    static VendorException malformed(int status, String what) {
        return new VendorException(PROVIDER, status, false, null, "malformed_response", what, null);
    }
}
