package video.zapcut.publishing;

import java.time.Instant;

/**
 * A video the platform holds, ready to attach to a post.
 *
 * @param id        X's media id; LinkedIn's video URN ({@code urn:li:video:...})
 * @param key       X's media key (e.g. {@code 7_1234}), which a tweet's attachments name; null on LinkedIn
 * @param expiresAt when the platform forgets an unattached upload (X's {@code expires_after_secs}), or null
 */
public record UploadedMedia(String id, String key, Instant expiresAt) {}
