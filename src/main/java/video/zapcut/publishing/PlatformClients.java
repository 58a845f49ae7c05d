package video.zapcut.publishing;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import video.zapcut.ai.vendors.http.ResilienceSettings;
import video.zapcut.ai.vendors.http.Sleeper;
import video.zapcut.ai.vendors.http.VendorHttp;
import video.zapcut.ai.vendors.http.VendorResilience;
import video.zapcut.publishing.linkedin.LinkedInClient;
import video.zapcut.publishing.linkedin.LinkedInErrors;
import video.zapcut.publishing.x.XClient;
import video.zapcut.publishing.x.XErrors;

/**
 * The platform clients, one per platform, built on first use from {@link PublishingSettings}, each
 * with its own retries, breaker and bulkhead. Rate-limit waits are honoured up to
 * {@code maxRateLimitWait}; a longer one fails the call with the wait on it.
 */
public final class PlatformClients implements Function<Platform, PlatformClient> {
    private final PublishingSettings settings;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration maxRateLimitWait;
    private final Map<Platform, PlatformClient> built = new EnumMap<>(Platform.class);

    public PlatformClients(PublishingSettings settings, Sleeper sleeper, Clock clock, Duration maxRateLimitWait) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.clock = clock;
        this.maxRateLimitWait = maxRateLimitWait;
    }

    @Override
    public synchronized PlatformClient apply(Platform platform) {
        return built.computeIfAbsent(platform, this::build);
    }

    private PlatformClient build(Platform platform) {
        PlatformSettings p = settings.requireConfigured(platform);
        ResilienceSettings d = ResilienceSettings.defaults();
        ResilienceSettings resilience = new ResilienceSettings(d.maxAttempts(), d.baseDelay(), d.maxDelay(), maxRateLimitWait,
                d.failuresToOpen(), d.openFor(), 4, d.slotWait());
        VendorResilience r = new VendorResilience(platform.id(), resilience, sleeper, clock, new Random());
        return switch (platform) {
            case X -> new XClient(p, new VendorHttp(VendorHttp.defaultClient(), r, new XErrors(clock), settings.timeout()), clock);
            case LINKEDIN -> new LinkedInClient(p, new VendorHttp(VendorHttp.defaultClient(), r, new LinkedInErrors(), settings.timeout()), clock);
        };
    }
}
