package video.zapcut.web.generate;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import video.zapcut.accounts.token.JwtSigningKey;

/**
 * Signed, expiring links to an ad's media, so a browser's {@code <video src>} and {@code <img src>}
 * (which cannot send an Authorization header) can fetch them. The signature is an HMAC of the path
 * and expiry under a key derived from the installation's token secret, so every API process of the
 * installation accepts the links of every other, and a link cannot be stretched to another file.
 */
@Component
public class MediaLinks {
    private final SingletonSupplier<SecretKeySpec> key;
    private final Duration ttl;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public MediaLinks(JwtSigningKey tokenKey, @Value("${zapcut.media.link-ttl:1h}") Duration ttl) {
        this(tokenKey, ttl, Clock.systemUTC());
    }

    MediaLinks(JwtSigningKey tokenKey, Duration ttl, Clock clock) {
        this.key = SingletonSupplier.of(() -> new SecretKeySpec(
                hmac(tokenKey.key().getEncoded(), "zapcut media links v1"), "HmacSHA256"));
        this.ttl = ttl;
        this.clock = clock;
    }

    static final String AD_PATH_PREFIX = "/v1/ads/";

    /** How long a link lasts; a store's own links (presigned, CDN) that this one redirects to last as long. */
    public Duration ttl() { return ttl; }

    public static String videoPath(UUID adId) { return AD_PATH_PREFIX + adId + "/video"; }
    public static String thumbnailPath(UUID adId) { return AD_PATH_PREFIX + adId + "/thumbnail"; }
    /** {@code extension} srt or vtt. */
    public static String captionsPath(UUID adId, String extension) { return AD_PATH_PREFIX + adId + "/captions." + extension; }
    public static String keyframePath(UUID adId, int scene) { return AD_PATH_PREFIX + adId + "/keyframes/" + scene; }

    /** An absolute URL for {@code path} on the server of the current request, valid for the configured time. */
    public String link(String path) {
        return link(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), path);
    }

    /** The same for a given base URL (e.g. {@code http://localhost:8000}), outside a servlet request. */
    public String link(String baseUrl, String path) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(baseUrl).path(path)
                .queryParam("expires", expires).queryParam("signature", signature(path, expires)).toUriString();
    }

    /** Whether {@code signature} was made by {@link #link} for this path and has not expired. */
    public boolean valid(String path, Long expires, String signature) {
        if (expires == null || signature == null) return false;
        if (clock.instant().getEpochSecond() > expires) return false;
        byte[] expected = signature(path, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String path, long expires) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                hmac(key.obtain().getEncoded(), "GET\n" + path + "\n" + expires));
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
