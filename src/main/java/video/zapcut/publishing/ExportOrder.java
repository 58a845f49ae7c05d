package video.zapcut.publishing;

import java.util.UUID;

/**
 * What the user asked to post, from the API or the command line.
 *
 * @param account        which connected account: our connection id or the platform's account id; null when only one is connected
 * @param visibility     LinkedIn's {@code public} or {@code connections} (default public); null for X
 * @param idempotencyKey the client's key for repeats, or null
 */
public record ExportOrder(UUID userId, UUID adId, Platform platform, String caption, String visibility, String account, String idempotencyKey) {}
