package video.zapcut.publishing;

import java.time.Duration;

/**
 * One platform's configuration (defaults are the real platforms). {@link #toString()} never shows the secret.
 *
 * @param clientId        the app's OAuth client id; blank means the platform is not configured
 * @param clientSecret    X: optional (a public client without it); LinkedIn: required
 * @param authorizeUrl    the browser page that asks for consent
 * @param tokenUrl        the token endpoint (code exchange and refresh)
 * @param apiBaseUrl      the API's base (X: {@code https://api.x.com}; LinkedIn: {@code https://api.linkedin.com})
 * @param apiVersion      LinkedIn's {@code LinkedIn-Version} (YYYYMM); unused by X
 * @param processingLimit how long to wait for the platform to process an upload before giving up
 */
public record PlatformSettings(String clientId, String clientSecret, String authorizeUrl, String tokenUrl, String apiBaseUrl,
                               String apiVersion, Duration processingLimit) {
    public boolean configured() { return clientId != null && !clientId.isBlank(); }

    @Override
    public String toString() {
        return "PlatformSettings[clientId=" + clientId + ", secret " + (clientSecret == null || clientSecret.isBlank() ? "not set" : "set")
                + ", api=" + apiBaseUrl + ", version=" + apiVersion + "]";
    }
}
