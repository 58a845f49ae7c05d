package video.zapcut.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param perMinute {@code zapcut.rate-limit.per-minute}: requests per minute per user (per address when anonymous) */
@ConfigurationProperties("zapcut.rate-limit")
public record RateLimitProperties(@DefaultValue("100") int perMinute) {}
