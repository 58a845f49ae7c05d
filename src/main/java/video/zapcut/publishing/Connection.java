package video.zapcut.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A connected social account as the user sees it; tokens are never part of it.
 *
 * @param expiresAt when the access token runs out (it is refreshed before then when the platform allows)
 * @param status    {@code active}, or {@code reconnect} once the platform refused the tokens for good
 */
public record Connection(UUID id, UUID userId, Platform platform, String accountId, String name, String handle,
                         List<String> scopes, Instant expiresAt, String status, Instant connectedAt) {
    public static final String ACTIVE = "active";
    public static final String RECONNECT = "reconnect";

    public PlatformAccount account() { return new PlatformAccount(accountId, name, handle); }

    public boolean needsReconnect() { return RECONNECT.equals(status); }
}
