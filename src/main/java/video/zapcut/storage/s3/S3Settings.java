package video.zapcut.storage.s3;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where the S3 blob store keeps media, read like the other settings ({@code ZAPCUT_*} environment
 * variables or properties of the same names). Credentials are not settings: they come from the AWS
 * SDK's default chain (environment, profiles, instance roles) and are never held or printed here.
 *
 * @param bucket the bucket; {@code ZAPCUT_S3_BUCKET}. Set, media lives in S3; unset, on local disk
 * @param region {@code ZAPCUT_S3_REGION}, default us-east-1
 * @param endpoint {@code ZAPCUT_S3_ENDPOINT}, any S3-compatible server; null for AWS itself
 * @param pathStyle {@code ZAPCUT_S3_PATH_STYLE}: {@code host/bucket/key} rather than {@code bucket.host/key}
 * @param prefix {@code ZAPCUT_S3_PREFIX}, put before every key in the bucket ("" or ending in "/")
 * @param sse {@code ZAPCUT_S3_SSE}: server-side encryption asked for on every object
 * @param kmsKeyId {@code ZAPCUT_S3_KMS_KEY_ID}, the KMS key for {@link Sse#KMS} (null: the bucket's default key)
 * @param linkTtl {@code ZAPCUT_S3_LINK_TTL}, how long a presigned link lives when the caller names no lifetime
 * @param cdnBaseUrl {@code ZAPCUT_CDN_BASE_URL}: when set, direct links are {@code {cdn}/{prefix}{key}}
 * @param readTimeout {@code ZAPCUT_S3_TIMEOUT} (default 60 s): a call whose answer stalls this long times out and is retried
 * @param multipartThreshold files of at least this many bytes go up in parts (16 MiB)
 * @param partSize bytes per part (16 MiB; S3 wants at least 5 MiB for all but the last)
 */
public record S3Settings(String bucket, String region, URI endpoint, boolean pathStyle, String prefix, Sse sse,
                         String kmsKeyId, Duration linkTtl, String cdnBaseUrl, long multipartThreshold, long partSize,
                         Duration readTimeout) {
    /** How long a call may wait for the store's next bytes before it counts as timed out (and is retried) by default. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /** The settings with the default read timeout. */
    public S3Settings(String bucket, String region, URI endpoint, boolean pathStyle, String prefix, Sse sse, String kmsKeyId,
                      Duration linkTtl, String cdnBaseUrl, long multipartThreshold, long partSize) {
        this(bucket, region, endpoint, pathStyle, prefix, sse, kmsKeyId, linkTtl, cdnBaseUrl, multipartThreshold, partSize,
                DEFAULT_READ_TIMEOUT);
    }

    public static final long MIB = 1024L * 1024;
    public static final long MIN_PART_SIZE = 5 * MIB;
    /** SigV4 presigned URLs live at most 7 days. */
    public static final Duration MAX_LINK_TTL = Duration.ofDays(7);

    /** Server-side encryption: none, S3-managed keys ({@code AES256}) or KMS ({@code aws:kms}). */
    public enum Sse { NONE, AES256, KMS }

    public S3Settings {
        if (bucket == null || bucket.isBlank()) throw new IllegalArgumentException("ZAPCUT_S3_BUCKET is empty");
        if (region == null || region.isBlank()) region = "us-east-1";
        prefix = normalizePrefix(prefix);
        if (sse == null) sse = Sse.NONE;
        if (linkTtl == null) linkTtl = Duration.ofHours(1);
        if (linkTtl.isNegative() || linkTtl.isZero() || linkTtl.compareTo(MAX_LINK_TTL) > 0) {
            throw new IllegalArgumentException("ZAPCUT_S3_LINK_TTL must be more than 0 and at most 7 days: " + linkTtl);
        }
        if (cdnBaseUrl != null) cdnBaseUrl = cdnBaseUrl.isBlank() ? null : stripSlash(cdnBaseUrl.strip());
        if (partSize < MIN_PART_SIZE) throw new IllegalArgumentException("S3 parts are at least 5 MiB: " + partSize);
        if (multipartThreshold < 1) throw new IllegalArgumentException("multipart threshold must be positive: " + multipartThreshold);
        if (readTimeout == null) readTimeout = DEFAULT_READ_TIMEOUT;
        if (readTimeout.isNegative() || readTimeout.isZero()) throw new IllegalArgumentException("ZAPCUT_S3_TIMEOUT must be positive: " + readTimeout);
    }

    /** The settings named in {@code lookup}; null when {@code ZAPCUT_S3_BUCKET} is unset (media stays on local disk). */
    public static S3Settings from(Function<String, String> lookup) {
        String bucket = get(lookup, "ZAPCUT_S3_BUCKET");
        if (bucket == null) return null;
        String endpoint = get(lookup, "ZAPCUT_S3_ENDPOINT");
        String ttl = get(lookup, "ZAPCUT_S3_LINK_TTL");
        String timeout = get(lookup, "ZAPCUT_S3_TIMEOUT");
        return new S3Settings(bucket, get(lookup, "ZAPCUT_S3_REGION"), endpoint == null ? null : URI.create(endpoint),
                Boolean.parseBoolean(get(lookup, "ZAPCUT_S3_PATH_STYLE")), get(lookup, "ZAPCUT_S3_PREFIX"),
                parseSse(get(lookup, "ZAPCUT_S3_SSE")), get(lookup, "ZAPCUT_S3_KMS_KEY_ID"),
                ttl == null ? null : parseDuration("ZAPCUT_S3_LINK_TTL", ttl), get(lookup, "ZAPCUT_CDN_BASE_URL"),
                16 * MIB, 16 * MIB, timeout == null ? DEFAULT_READ_TIMEOUT : parseDuration("ZAPCUT_S3_TIMEOUT", timeout));
    }

    /** The same settings with another multipart threshold and part size (tests use 5 MiB parts). */
    public S3Settings withMultipart(long threshold, long partBytes) {
        return new S3Settings(bucket, region, endpoint, pathStyle, prefix, sse, kmsKeyId, linkTtl, cdnBaseUrl, threshold, partBytes,
                readTimeout);
    }

    /** {@code s3://bucket/prefix}, for logs and messages (names no credentials). */
    public String describe() {
        return "s3://" + bucket + "/" + prefix + (endpoint == null ? "" : " at " + endpoint) + " (region " + region
                + ", encryption " + sse.name().toLowerCase(Locale.ROOT) + (cdnBaseUrl == null ? "" : ", links via " + cdnBaseUrl) + ")";
    }

    static Sse parseSse(String value) {
        if (value == null) return Sse.NONE;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "none", "false", "off" -> Sse.NONE;
            case "aes256" -> Sse.AES256;
            case "aws:kms", "kms" -> Sse.KMS;
            default -> throw new IllegalArgumentException("ZAPCUT_S3_SSE is AES256, aws:kms or none, not " + value);
        };
    }

    /** {@code PT1H}, {@code 3600} (seconds), or a number with s, m, h or d: {@code 90s}, {@code 15m}, {@code 1h}. */
    static Duration parseDuration(String name, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
            char unit = v.charAt(v.length() - 1);
            if (Character.isDigit(unit)) return Duration.ofSeconds(Long.parseLong(v));
            long n = Long.parseLong(v.substring(0, v.length() - 1).strip());
            return switch (unit) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException(name + ": unknown unit in " + value);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is a duration such as 1h, 15m, 3600 or PT1H, not " + value, e);
        }
    }

    private static String normalizePrefix(String prefix) {
        if (prefix == null) return "";
        String p = prefix.strip();
        while (p.startsWith("/")) p = p.substring(1);
        if (p.isEmpty()) return "";
        return p.endsWith("/") ? p : p + "/";
    }

    private static String stripSlash(String url) {
        String u = url;
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    private static String get(Function<String, String> lookup, String name) {
        String v = lookup.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
