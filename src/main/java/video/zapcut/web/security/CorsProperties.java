package video.zapcut.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param allowedOrigins {@code zapcut.cors.allowed-origins}: the browser origins that may call the
 *                       API (comma-separated; exact origins, no wildcards)
 */
@ConfigurationProperties("zapcut.cors")
public record CorsProperties(@DefaultValue({"http://localhost:8000", "http://localhost:5173"}) List<String> allowedOrigins) {}
