package video.zapcut.publishing.x;

import java.time.Duration;
import video.zapcut.ai.vendors.http.VendorException;

/**
 * A non-2xx answer from X, sorted like any vendor failure, that also keeps X's own words: the OAuth
 * {@code error_description}, a v2 problem's {@code detail} or {@code errors[0].message}, already
 * redacted. Callers quote it (a refused refresh token tells the user why).
 */
public final class XApiException extends VendorException {
    private final String platformMessage;

    XApiException(String provider, int status, boolean retryable, Duration retryAfter, String code, String message,
                  String platformMessage) {
        super(provider, status, retryable, retryAfter, code, message, null);
        this.platformMessage = platformMessage;
    }

    /** What X said, without the status and code around it. */
    public String platformMessage() { return platformMessage; }
}
