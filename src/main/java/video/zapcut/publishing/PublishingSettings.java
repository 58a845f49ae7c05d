package video.zapcut.publishing;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/**
 * Publishing's configuration, read like the vendors' ({@code ZAPCUT_*} environment variables or the
 * same names as properties). The defaults are the real platforms; a platform without a client id is
 * simply not configured, and asking it for anything names the setting to fill in.
 */
public final class PublishingSettings {
    /** The LinkedIn API version sent when none is configured: July 2026, supported until at least July 2027. */
    public static final String LINKEDIN_VERSION = "202607";
    private final Function<String, String> lookup;

    public PublishingSettings(Function<String, String> lookup) { this.lookup = lookup; }

    /** Where browsers reach this server; redirect URIs and links back to the studio start here. */
    public URI publicUrl() {
        String url = get("ZAPCUT_PUBLIC_URL", "http://localhost:8000");
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** What the platform sends the browser back to: {@code {public}/v1/connections/{platform}/callback}. */
    public URI redirectUri(Platform platform) {
        return URI.create(publicUrl() + "/v1/connections/" + platform.id() + "/callback");
    }

    public PlatformSettings platform(Platform platform) {
        Duration processing = Duration.ofSeconds(Long.parseLong(get("ZAPCUT_PUBLISH_PROCESSING_LIMIT_S", "600").strip()));
        return switch (platform) {
            case X -> {
                String api = trim(get("ZAPCUT_X_API_BASE_URL", "https://api.x.com"));
                yield new PlatformSettings(get("ZAPCUT_X_CLIENT_ID", null), get("ZAPCUT_X_CLIENT_SECRET", null),
                        get("ZAPCUT_X_AUTHORIZE_URL", "https://x.com/i/oauth2/authorize"), api + "/2/oauth2/token", api, null, processing);
            }
            case LINKEDIN -> {
                String oauth = trim(get("ZAPCUT_LINKEDIN_OAUTH_BASE_URL", "https://www.linkedin.com/oauth/v2"));
                yield new PlatformSettings(get("ZAPCUT_LINKEDIN_CLIENT_ID", null), get("ZAPCUT_LINKEDIN_CLIENT_SECRET", null),
                        oauth + "/authorization", oauth + "/accessToken", trim(get("ZAPCUT_LINKEDIN_API_BASE_URL", "https://api.linkedin.com")),
                        get("ZAPCUT_LINKEDIN_VERSION", LINKEDIN_VERSION).strip(), processing);
            }
        };
    }

    /** The platform's settings; a platform without a client id is refused with the setting to fill in. */
    public PlatformSettings requireConfigured(Platform platform) {
        PlatformSettings p = platform(platform);
        if (!p.configured()) {
            throw new PublishingRefused(PublishingRefused.Reason.NOT_CONFIGURED, null, platform.label() + " is not set up on this server: set "
                    + clientIdSetting(platform) + " (and its client secret) to the app's credentials");
        }
        return p;
    }

    /** The setting a platform needs before it can be used, for the problem that says so. */
    public static String clientIdSetting(Platform platform) {
        return platform == Platform.X ? "ZAPCUT_X_CLIENT_ID" : "ZAPCUT_LINKEDIN_CLIENT_ID";
    }

    /** The token key ({@code ZAPCUT_TOKEN_KEY}); null means generate one into ZAPCUT_HOME. */
    public String tokenKey() { return get("ZAPCUT_TOKEN_KEY", null); }

    /** HTTP timeout per call to a platform (uploads of a 4 MiB part included). */
    public Duration timeout() { return Duration.ofMillis(Long.parseLong(get("ZAPCUT_PUBLISH_TIMEOUT_MS", "60000").strip())); }

    /** The longest rate-limit wait sat out before an export fails with the time to try again (default 5 minutes). */
    public Duration maxRateLimitWait() {
        return Duration.ofSeconds(Long.parseLong(get("ZAPCUT_PUBLISH_MAX_RATE_LIMIT_WAIT_S", "300").strip()));
    }

    /** The first wait before posting again after a doubtful answer (doubling after); default 2 s. */
    public Duration postRetryBackoff() {
        return Duration.ofMillis(Long.parseLong(get("ZAPCUT_PUBLISH_RETRY_BASE_MS", "2000").strip()));
    }

    private String get(String name, String fallback) {
        String v = lookup.apply(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static String trim(String url) { return url.endsWith("/") ? url.substring(0, url.length() - 1) : url; }
}
