package video.zapcut.accounts.token;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import video.zapcut.accounts.token.RefreshTokenRepository.StoredRefreshToken;

/**
 * Rotating refresh tokens. Every refresh spends the presented token and returns its successor in
 * the same family (one family per sign-in). Presenting a spent token again means two parties hold
 * it (one of them a thief), so the whole family is revoked and both must sign in again.
 */
public class RefreshTokenService {
    private static final Logger log = LoggerFactory.getLogger(RefreshTokenService.class);
    private final RefreshTokenRepository tokens;
    private final TransactionTemplate tx;
    private final Duration ttl;

    public RefreshTokenService(RefreshTokenRepository tokens, TransactionTemplate tx, Duration ttl) {
        this.tokens = tokens;
        this.tx = tx;
        this.ttl = ttl;
    }

    /** The first token of a new sign-in. Joins the caller's transaction when there is one. */
    public String startFamily(UUID userId) {
        tokens.deleteExpired(userId);
        String token = RefreshTokenCodec.newToken();
        tokens.insert(userId, UUID.randomUUID(), RefreshTokenCodec.hash(token), Instant.now().plus(ttl));
        return token;
    }

    /**
     * Spends {@code presented} and returns its successor. A rejection is returned rather than
     * thrown, so the transaction commits the family's revocation before the caller reports it.
     */
    public Rotation rotate(String presented) {
        return tx.execute(status -> {
            StoredRefreshToken current = tokens.findForUpdate(RefreshTokenCodec.hash(presented)).orElse(null);
            if (current == null) return new Rotation.Rejected("the refresh token is not recognised; sign in again");
            if (current.revokedAt() != null) return new Rotation.Rejected("the refresh token was revoked; sign in again");
            if (current.usedAt() != null) {
                int revoked = tokens.revokeFamily(current.familyId());
                log.warn("refresh token reused for user {}; revoked {} live token(s) of its sign-in", current.userId(), revoked);
                return new Rotation.Rejected("the refresh token was already used, so this sign-in has been revoked; sign in again");
            }
            if (!current.expiresAt().isAfter(Instant.now())) return new Rotation.Rejected("the refresh token has expired; sign in again");
            String next = RefreshTokenCodec.newToken();
            UUID nextId = tokens.insert(current.userId(), current.familyId(), RefreshTokenCodec.hash(next), Instant.now().plus(ttl));
            tokens.markUsed(current.id(), nextId);
            return new Rotation.Rotated(current.userId(), next);
        });
    }

    public sealed interface Rotation {
        record Rotated(UUID userId, String refreshToken) implements Rotation {
            @Override
            public String toString() { return "Rotated[userId=" + userId + "]"; }
        }

        record Rejected(String reason) implements Rotation {}
    }
}
