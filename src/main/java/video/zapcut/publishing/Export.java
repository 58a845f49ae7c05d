package video.zapcut.publishing;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * One request to post an ad, as far as it has gone.
 *
 * @param status      {@code queued}, {@code running}, {@code succeeded} or {@code failed}
 * @param step        while running: {@code fitting} (making the platform's file), {@code uploading},
 *                    {@code processing} (the platform transcoding), {@code posting}; null otherwise
 * @param progress    0-100 over the whole export
 * @param errorCode   when failed: {@code reconnect_required}, {@code rate_limited}, {@code platform_unavailable},
 *                    {@code platform_rejected}, {@code processing_failed}, {@code outcome_unknown}, {@code file_unfit},
 *                    {@code connection_removed}
 * @param leaseUntil  while running: when the runner's claim lapses if it stops renewing it (it died)
 */
public record Export(UUID id, UUID userId, UUID adId, UUID connectionId, Platform platform, String accountId, String accountName,
                     String accountHandle, String caption, String visibility, String idempotencyKey, String requestHash,
                     String status, String step, int progress, int attempts, String mediaId, String mediaKey, Instant mediaExpiresAt,
                     Instant postAttemptedAt, String postId, URI postUrl, Instant postedAt, String errorCode, String errorDetail,
                     Instant leaseUntil, Instant createdAt, Instant updatedAt) {
    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    public boolean finished() { return SUCCEEDED.equals(status) || FAILED.equals(status); }

    /** The upload kept from an earlier attempt, when the platform will still take it. */
    public UploadedMedia keptMedia(Instant now) {
        if (mediaId == null) return null;
        if (mediaExpiresAt != null && !mediaExpiresAt.isAfter(now.plusSeconds(60))) return null;
        return new UploadedMedia(mediaId, mediaKey, mediaExpiresAt);
    }

    public PlatformAccount account() { return new PlatformAccount(accountId, accountName, accountHandle); }
}
